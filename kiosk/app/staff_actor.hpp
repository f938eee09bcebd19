#pragma once
// How a staff member is named in the audit chain: by id, never by name.
#include <string>

#include "kiosk/core/ids.hpp"

namespace kiosk::app {

inline std::string staff_actor(core::Id staff_id) { return "staff:" + std::to_string(staff_id); }

}  // namespace kiosk::app
