#pragma once
// The first active coordinator on this device: screenshots and tests open the coordinator
// screens as them. A terminal signs its coordinator in with a PIN (a KioskApp made for Face::Coordinator).
#include <optional>

#include "kiosk/core/ids.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

std::optional<core::Id> first_active_coordinator(store::Database& db);

}  // namespace kiosk::app
