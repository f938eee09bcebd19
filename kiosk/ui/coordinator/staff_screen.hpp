#pragma once
// coordinator/staff: workers and coordinators with a PIN reset each, adding a new person, and
// the devices with their last sync.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct StaffDraft {
    std::string name;
    int role = core::row_of(core::kAllRoles, core::Role::Worker);
    std::string pin;
    core::Id resetting = 0;  // whose PIN is being reset, 0 when none
    std::string new_pin;
};

struct StaffRow {
    core::Id id = 0;
    std::string name;
    std::string role;
    bool active = true;
    bool is_me = false;  // the signed-in coordinator: no deactivating oneself
};

struct DeviceRow {
    std::string name;
    std::string last_sync;  // "Today 09:12" or "Never"
};

struct StaffView {
    CoordinatorFrameView frame;
    std::vector<StaffRow> staff;
    std::vector<std::string> role_labels;
    std::vector<DeviceRow> devices;
    std::string resetting_name;
    std::string problem;
    std::string done;
};

struct AddStaff {};
struct StartPinReset { core::Id id = 0; };
struct SavePinReset {};
struct CancelPinReset {};
// Someone who left (they can no longer sign in), or who came back.
struct SetStaffActive { core::Id id = 0; bool active = false; };
using StaffIntent =
    std::variant<std::monostate, CoordinatorTab, AddStaff, StartPinReset, SavePinReset, CancelPinReset, SetStaffActive>;

StaffIntent draw_staff_screen(const StaffView& view, StaffDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
