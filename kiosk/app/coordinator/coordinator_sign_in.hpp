#pragma once
// Until the staff face's PIN sign-in (branch `staff`) hands over the signed-in coordinator,
// the coordinator face opens as the first active coordinator on this device.
#include <optional>

#include "kiosk/core/ids.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

std::optional<core::Id> first_active_coordinator(store::Database& db);

}  // namespace kiosk::app
