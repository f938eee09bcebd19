// The schedule screen's change forms: cancelling or moving a booked session still to come, and
// resolving the case's missed-sessions flag. What their intents do, and the view's parts for them.
#include "kiosk/app/coordinator/case_service.hpp"
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/session_change_service.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"

namespace kiosk::app {
namespace {
std::string problems_text(const std::vector<core::ActionProblem>& problems, const ui::Translator& text) {
    std::string out;
    for (const auto p : problems) out += (out.empty() ? "" : " ") + std::string(text.tr("coord.action." + std::string(core::to_string(p))));
    return out;
}
}  // namespace

void CoordinatorController::schedule_form_view(ui::ScheduleView& view, const ui::UiResources& ui) const {
    view.change_kind_labels = {ui.text.tr("coord.change.cancel"), ui.text.tr("coord.change.move")};
    if (schedule_.changing_session != 0) {
        if (const auto s = store::SessionRepository(ctx_.db).find(schedule_.changing_session)) {
            view.changing_when = short_date_time(s->starts_at, ctx_.time_zone, ui.text) + " \u00b7 " + s->visit_code;
        }
    }
}

bool CoordinatorController::handle_schedule_form(const ui::ScheduleIntent& intent, const ui::UiResources& ui) {
    auto& d = schedule_;
    const auto& text = ui.text;
    if (const auto* start = std::get_if<ui::StartSessionChange>(&intent)) {
        clear_messages();
        d.changing_session = start->session_id;
        d.change_kind = 0;
        d.change_reason.clear();
        if (const auto s = store::SessionRepository(ctx_.db).find(start->session_id)) {
            d.move_date = core::local_date(s->starts_at + std::chrono::days{7}, ctx_.time_zone);
            const auto at = core::parse_time_of_day(core::local_hhmm(s->starts_at, ctx_.time_zone)).value_or(core::TimeOfDay{10, 0});
            d.move_hour = at.hour;  // moved to another day, at the same time unless changed
            d.move_minute = at.minute;
        }
        return true;
    }
    if (std::holds_alternative<ui::StartResolveFlag>(intent)) {
        clear_messages();
        d.resolving_flag = true;
        d.flag_note.clear();
        return true;
    }
    if (std::holds_alternative<ui::CloseScheduleForm>(intent)) {
        clear_messages();
        d.changing_session = 0;
        d.resolving_flag = false;
        return true;
    }
    if (std::holds_alternative<ui::SaveSessionChange>(intent)) {
        clear_messages();
        const auto result = d.change_kind == 1
                                ? move_session(ctx_, d.changing_session, d.move_date, d.move_hour, d.move_minute, d.change_reason)
                                : cancel_session(ctx_, d.changing_session, d.change_reason);
        if (!result.problems.empty()) {
            problem_ = problems_text(result.problems, text);
        } else if (!result.clashes.empty()) {
            problem_ = std::string(text.tr(result.clashes.front().kind == core::ClashKind::Room ? "coord.schedule.room_clash"
                                                                                              : "coord.schedule.worker_clash")) +
                       ". " + text.tr("coord.change.nothing_changed");
        } else {
            done_ = d.change_kind == 1 ? std::string(text.tr("coord.change.moved")) + " " + result.new_visit_code + "."
                                       : std::string(text.tr("coord.change.cancelled"));
            d.changing_session = 0;
        }
        return true;
    }
    if (std::holds_alternative<ui::SaveResolveFlag>(intent)) {
        clear_messages();
        const auto r = store::ReferralRepository(ctx_.db).find(referral_);
        const auto flags = r ? store::AttendanceRepository(ctx_.db).open_flags_of(r->child_id) : std::vector<store::CaseFlag>{};
        if (flags.empty()) {
            d.resolving_flag = false;
            return true;
        }
        const auto problems = resolve_case_flag(ctx_, flags.front().id, d.flag_note);
        if (!problems.empty()) {
            problem_ = problems_text(problems, text);
        } else {
            done_ = text.tr("coord.flag.resolved");
            d.resolving_flag = false;
        }
        return true;
    }
    return false;
}

}  // namespace kiosk::app
