#pragma once
// coordinator/staff: the venue's people (adding one, a PIN reset, leaving and coming back) and
// this device's last sync.
#include <cstdint>
#include <string>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/staff_screen.hpp"

namespace kiosk::app {

class StaffPage {
public:
    const ui::StaffView& view(const PageEnv& env) const;
    PageRequest handle(const ui::StaffIntent& intent, PageEnv& env);
    ui::StaffDraft& draft() { return draft_; }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::StaffView build_view(const PageEnv& env) const;
    void set_active(const ui::SetStaffActive& toggle, PageEnv& env);
    ui::StaffDraft draft_;
    struct BuiltFor {
        std::string language;
        core::Id resetting = 0;  // whose PIN is being reset: the view names them
        CoordinatorMessages messages;
        bool operator==(const BuiltFor&) const = default;
    };
    mutable ReadModel<ui::StaffView, BuiltFor> model_;
};

}  // namespace kiosk::app
