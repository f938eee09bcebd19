#include "kiosk/app/staff/board_rows.hpp"

namespace kiosk::app {
namespace {
ui::BoardContactView contact_view(const BoardSession& s) {
    ui::BoardContactView c;
    const core::ContactArrangement& a = s.arrangement;
    if (a.mode != core::ContactMode::Venue) c.mode_key = "staff.contact." + std::string{core::to_string(a.mode)};
    if (a.mode == core::ContactMode::Virtual) {
        c.platform = std::string{core::platform_brand_name(a.platform)};
        if (c.platform.empty()) c.platform_key = "platform." + a.platform;
        c.starter_key = "staff.call_starter." + std::string{core::to_string(a.call_started_by)};
        c.drops = s.call.drops;
    }
    if (a.mode == core::ContactMode::Community) c.place = a.community_place;
    if (a.supervised_by != core::SupervisedBy::ContactWorker) {
        c.supervised_by_key = "staff.supervised_by." + std::string{core::to_string(a.supervised_by)};
        if (a.supervised_by == core::SupervisedBy::ConsistentAdult) c.supervisor_name = a.supervisor_name;
    }
    return c;
}
}  // namespace

ui::BoardRowView board_row_view(const BoardSession& s) {
    ui::BoardRowView row;
    row.session_id = s.session_id;
    row.starts_hhmm = s.starts_local;
    row.ends_hhmm = s.ends_local;
    row.room = s.room;
    row.child_first_name = s.child_first_name;
    row.age_band_key = "staff.age_band." + std::string{core::to_string(s.age_band)};
    row.stage_key = "staff.stage." + std::string{to_string(s.stage)};
    row.ended_early = s.ended_early;
    row.worker_name = s.worker_name;
    for (const auto& w : s.arrival_windows) {
        row.windows.push_back({"staff.party." + std::string{core::to_string(w.party)}, w.from_local, w.until_local});
    }
    row.allergies = s.allergies;
    row.medical = s.medical;
    row.needs = s.needs;
    row.from_placement = s.from_placement;
    row.overdue = s.due && s.due->status == core::DueStatus::Overdue;
    for (const auto& b : s.siblings) {
        row.siblings.push_back({b.child_id, b.first_name, "staff.age_band." + std::string{core::to_string(b.age_band)},
                                b.allergies, b.medical, b.needs,
                                {"staff.party.carer", b.carer_window.from_local, b.carer_window.until_local},
                                b.arrived_local, b.brought_by});
    }
    row.contact = contact_view(s);
    if (!s.language.preferred.empty()) row.language_key = "language_name." + s.language.preferred;
    row.interpreter_needed = s.language.interpreter_needed;
    return row;
}

}  // namespace kiosk::app
