#pragma once
#include <cstdint>

namespace kiosk::core {
// Row identifiers are database rowids; 0 means "not saved yet".
using Id = std::int64_t;
}  // namespace kiosk::core
