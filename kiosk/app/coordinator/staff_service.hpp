#pragma once
// Staff administration from the coordinator face: add a worker or coordinator with a first
// PIN, reset a forgotten PIN; and this device's sync state.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/coordinator_actions.hpp"
#include "kiosk/core/staff.hpp"

namespace kiosk::app {

enum class StaffProblem { None, BadName, BadPin };

// A PIN is 6 digits: long enough not to be guessed in the lock-out's few tries.
bool is_acceptable_pin(std::string_view pin);

StaffProblem add_staff_member(const CoordinatorContext& ctx, const std::string& name, core::Role role,
                              std::string_view pin);
StaffProblem reset_staff_pin(const CoordinatorContext& ctx, core::Id staff_id, std::string_view pin);

// A staff member who has left: they can no longer sign in (sign-in refuses an inactive
// account), and their drafts show as needing a hand-over. Reactivating lets them back in.
std::vector<core::ActionProblem> set_staff_active(const CoordinatorContext& ctx, core::Id staff_id, bool active);

struct DeviceInfo {
    std::string name;  // "This device"
    std::optional<core::Timestamp> last_sync;
};
DeviceInfo this_device(const CoordinatorContext& ctx);

}  // namespace kiosk::app
