#pragma once
// Times on the wire are UTC in ISO 8601 with a "Z" ("2026-11-23T10:05:00Z").
#include <optional>
#include <string>

#include "kiosk/core/time.hpp"

namespace kiosk::sync {

std::optional<core::Timestamp> parse_wire_time(const std::string& text);

}  // namespace kiosk::sync
