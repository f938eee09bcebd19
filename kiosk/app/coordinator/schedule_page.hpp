#pragma once
// coordinator/schedule: booking the chosen referral's sessions from its agreement, its sessions
// with their visit codes, recording a missed one, and the change forms (session_change_page.cpp).
#include <cstdint>
#include <string>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/schedule_screen.hpp"

namespace kiosk::app {

class SchedulePage {
public:
    // Another referral chosen: a fresh form.
    void select(core::Id referral) {
        referral_ = referral;
        draft_ = {};
    }
    // The first session's day is tomorrow until the coordinator says otherwise.
    void open(const CoordinatorContext& ctx);
    const ui::ScheduleView& view(const PageEnv& env) const;
    PageRequest handle(const ui::ScheduleIntent& intent, PageEnv& env);
    ui::ScheduleDraft& draft() { return draft_; }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::ScheduleView build_view(const PageEnv& env) const;
    void book(PageEnv& env);
    void save_missed(PageEnv& env);
    // session_change_page.cpp: cancelling or moving a session, resolving the case flag.
    void form_view(ui::ScheduleView& view, const PageEnv& env) const;
    bool handle_form(const ui::ScheduleIntent& intent, PageEnv& env);

    core::Id referral_ = 0;
    ui::ScheduleDraft draft_;
    // The worker proposed follows the plan typed (the day, the time, how many), so the plan is
    // part of what the view was built for; the rest of the draft the ui draws itself.
    struct BuiltFor {
        std::string language;
        core::Id referral = 0;
        std::string first_date;
        int hour = 0;
        int minute = 0;
        int count = 0;
        core::Id changing_session = 0;
        CoordinatorMessages messages;
        bool operator==(const BuiltFor&) const = default;
    };
    mutable ReadModel<ui::ScheduleView, BuiltFor> model_;
};

}  // namespace kiosk::app
