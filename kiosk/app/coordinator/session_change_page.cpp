// The schedule screen's change forms: cancelling or moving a booked session still to come, and
// resolving the case's missed-sessions flag. What their intents do, and the view's parts for them.
#include "kiosk/app/coordinator/case_service.hpp"
#include "kiosk/app/coordinator/coordinator_page_text.hpp"
#include "kiosk/app/coordinator/schedule_page.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/session_change_service.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"

namespace kiosk::app {

void SchedulePage::form_view(ui::ScheduleView& view, const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    for (const auto change : core::kAllSessionChanges) {
        view.change_kind_labels.emplace_back(ui.text.tr(change == core::SessionChange::Cancel ? "coord.change.cancel" : "coord.change.move"));
    }
    if (draft_.changing_session != 0) {
        if (const auto s = store::SessionRepository(ctx.db).find(draft_.changing_session)) {
            view.changing_when = short_date_time(s->starts_at, ctx.time_zone, ui.text) + " \u00b7 " + s->visit_code;
        }
    }
}

bool SchedulePage::handle_form(const ui::ScheduleIntent& intent, PageEnv& env) {
    const auto& ctx = env.ctx;
    auto& d = draft_;
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    if (const auto* start = std::get_if<ui::StartSessionChange>(&intent)) {
        messages.clear();
        d.changing_session = start->session_id;
        d.change_kind = core::row_of(core::kAllSessionChanges, core::SessionChange::Cancel);
        d.change_reason.clear();
        if (const auto s = store::SessionRepository(ctx.db).find(start->session_id)) {
            d.move_date = core::local_date(s->starts_at + std::chrono::days{core::form_defaults::kMoveByDays}, ctx.time_zone);
            const auto at = core::parse_time_of_day(core::local_hhmm(s->starts_at, ctx.time_zone)).value_or(core::TimeOfDay{core::form_defaults::kSessionHour, core::form_defaults::kSessionMinute});
            d.move_hour = at.hour;  // moved to another day, at the same time unless changed
            d.move_minute = at.minute;
        }
        return true;
    }
    if (std::holds_alternative<ui::StartResolveFlag>(intent)) {
        messages.clear();
        d.resolving_flag = true;
        d.flag_note.clear();
        return true;
    }
    if (std::holds_alternative<ui::CloseScheduleForm>(intent)) {
        messages.clear();
        d.changing_session = 0;
        d.resolving_flag = false;
        return true;
    }
    if (std::holds_alternative<ui::SaveSessionChange>(intent)) {
        messages.clear();
        const bool move = d.chosen_change() == core::SessionChange::Move;
        const auto result = move
                                ? move_session(ctx, d.changing_session, d.move_date, d.move_hour, d.move_minute, d.change_reason)
                                : cancel_session(ctx, d.changing_session, d.change_reason);
        if (!result.problems.empty()) {
            messages.problem = action_problems_text(result.problems, text);
        } else if (!result.clashes.empty()) {
            messages.problem = std::string(text.tr(result.clashes.front().kind == core::ClashKind::Room ? "coord.schedule.room_clash"
                                                                                              : "coord.schedule.worker_clash")) +
                       ". " + text.tr("coord.change.nothing_changed");
        } else {
            messages.done = move ? std::string(text.tr("coord.change.moved")) + " " + result.new_visit_code + "."
                                       : std::string(text.tr("coord.change.cancelled"));
            d.changing_session = 0;
        }
        return true;
    }
    if (std::holds_alternative<ui::SaveResolveFlag>(intent)) {
        messages.clear();
        const auto r = store::ReferralRepository(ctx.db).find(referral_);
        const auto flags = r ? store::AttendanceRepository(ctx.db).open_flags_of(r->child_id) : std::vector<store::CaseFlag>{};
        if (flags.empty()) {
            d.resolving_flag = false;
            return true;
        }
        const auto problems = resolve_case_flag(ctx, flags.front().id, d.flag_note);
        if (!problems.empty()) {
            messages.problem = action_problems_text(problems, text);
        } else {
            messages.done = text.tr("coord.flag.resolved");
            d.resolving_flag = false;
        }
        return true;
    }
    return false;
}

}  // namespace kiosk::app
