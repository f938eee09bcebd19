// Booking sessions and recording missed ones: the view and what its intents do.
#include <cstdio>

#include "kiosk/app/coordinator/attendance_service.hpp"
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/schedule_service.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::app {
namespace {
constexpr std::array<core::Attendance, 3> kMissedKinds{core::Attendance::NoShow, core::Attendance::CancelledByFamily,
                                                       core::Attendance::CancelledByService};

std::vector<core::StaffMember> workers(store::Database& db) {
    std::vector<core::StaffMember> out;
    for (auto& m : store::StaffRepository(db).all()) {
        if (m.active && m.role == core::Role::Worker) out.push_back(std::move(m));
    }
    return out;
}

struct CurrentAgreement {
    core::Id child = 0;
    std::optional<core::AgreementVersion> version;
};

CurrentAgreement current(const CoordinatorContext& ctx, core::Id referral) {
    CurrentAgreement out;
    const auto r = store::ReferralRepository(ctx.db).find(referral);
    if (!r) return out;
    out.child = r->child_id;
    store::AgreementRepository agreements(ctx.db);
    if (const auto a = agreements.for_child(r->child_id)) out.version = agreements.latest_version(a->id);
    return out;
}
}  // namespace

ui::ScheduleView CoordinatorController::schedule_view(const ui::UiResources& ui) const {
    ui::ScheduleView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Schedule);
    const auto now = ctx_.clock.now();
    const auto cur = current(ctx_, referral_);
    if (cur.child == 0) {
        view.problem = ui.text.tr("coord.schedule.pick_referral");
        return view;
    }
    if (const auto c = store::FamilyRepository(ctx_.db).child(cur.child)) view.child = c->first_name;
    store::VenueRepository venues(ctx_.db);
    if (cur.version) {
        const auto room = venues.room(cur.version->room_id);
        view.agreement = std::string(ui.text.tr("coord.schedule.version")) + " " + std::to_string(cur.version->version) +
                         ": " + ui.text.tr("coord.frequency." + cur.version->frequency) + ", " +
                         ui::fill(ui.text.tr("coord.minutes_short"), {{"minutes", std::to_string(cur.version->session_minutes)}}) +
                         ", " + (room ? room->name : "");
    } else {
        view.agreement = ui.text.tr("coord.schedule.no_agreement");
    }
    bool first = true;
    for (const auto& s : suggest_venues(ctx_, cur.child)) {
        char km[32];
        std::snprintf(km, sizeof km, "%.1f km", s.distance_km);
        view.venues.push_back(s.venue.name + " — " + km + (first ? std::string(" · ") + ui.text.tr("coord.schedule.nearest") : ""));
        first = false;
    }
    view.worker_labels.emplace_back(ui.text.tr("coord.schedule.later"));
    const auto staff = workers(ctx_.db);
    for (const auto& w : staff) view.worker_labels.push_back(w.display_name);
    if (cur.version) {
        const core::Id proposed = propose_worker(
            ctx_, {cur.version->id, {schedule_.first_date, schedule_.hour, schedule_.minute, schedule_.count}, 0});
        for (std::size_t i = 0; i < staff.size(); ++i) {
            if (staff[i].id != proposed) continue;
            view.proposed_worker = static_cast<int>(i) + 1;
            view.proposed_worker_note =
                ui::fill(ui.text.tr("coord.schedule.same_worker"), {{"worker", staff[i].display_name}, {"child", view.child}});
        }
    }
    for (const auto kind : kMissedKinds) view.missed_kind_labels.emplace_back(ui.text.tr("coord.missed." + std::string(core::to_string(kind))));
    for (const auto& s : store::SessionRepository(ctx_.db).of_child(cur.child)) {
        if (s.starts_at < now - std::chrono::days{28}) continue;  // the last four weeks and what is coming
        const auto room = venues.room(s.room_id);
        // A booked session still to come can be cancelled or moved; once it has begun, only
        // what happened can be recorded (a no-show or a cancellation on the day).
        const bool booked = s.state == core::SessionState::Booked;
        view.sessions.push_back({s.id, short_date_time(s.starts_at, ctx_.time_zone, ui.text), room ? room->name : "", s.visit_code,
                                 ui.text.tr("coord.session_state." + std::string(core::to_string(s.state))),
                                 booked && s.starts_at <= now, booked && s.starts_at > now});
    }
    if (store::AttendanceRepository(ctx_.db).has_open_flag(cur.child, "missed_run")) view.flag = ui.text.tr("coord.schedule.flagged");
    schedule_form_view(view, ui);
    view.problem = problem_;
    view.done = done_;
    return view;
}

void CoordinatorController::handle(const ui::ScheduleIntent& intent, const ui::UiResources& ui) {
    if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*tab);
    if (handle_schedule_form(intent, ui)) return;
    if (const auto* mark = std::get_if<ui::MarkMissed>(&intent)) {
        clear_messages();
        schedule_.missed_session = mark->session_id;
        schedule_.who.clear();
        schedule_.reason.clear();
    }
    if (std::holds_alternative<ui::CancelMissed>(intent)) schedule_.missed_session = 0;
    if (std::holds_alternative<ui::SaveMissed>(intent)) {
        clear_messages();
        core::MissedSession missed;
        missed.session_id = schedule_.missed_session;
        missed.kind = kMissedKinds[static_cast<std::size_t>(schedule_.missed_kind)];
        missed.who = schedule_.who;
        missed.reason = schedule_.reason;
        const auto result = record_missed_session(ctx_, missed);
        if (!result.problems.empty()) {
            for (const auto p : result.problems) {
                problem_ += (problem_.empty() ? "" : " ") + std::string(ui.text.tr("coord.missed.problem." + std::string(core::to_string(p))));
            }
            return;
        }
        schedule_.missed_session = 0;
        done_ = std::string(ui.text.tr("coord.missed.recorded")) + " " +
                relative_time(result.notice_send_after, ctx_.clock.now(), ctx_.time_zone, ui.text) + ".";
        if (result.flagged) done_ += std::string(" ") + ui.text.tr("coord.schedule.flagged");
    }
    if (!std::holds_alternative<ui::BookSessions>(intent)) return;
    clear_messages();
    const auto cur = current(ctx_, referral_);
    if (!cur.version) {
        problem_ = ui.text.tr("coord.schedule.no_agreement");
        return;
    }
    const auto staff = workers(ctx_.db);
    const std::size_t pick = static_cast<std::size_t>(schedule_.worker);
    const core::Id worker = pick >= 1 && pick <= staff.size() ? staff[pick - 1].id : 0;
    const auto result = book_sessions(ctx_, {cur.version->id, {schedule_.first_date, schedule_.hour, schedule_.minute,
                                                               schedule_.count}, worker});
    switch (result.outcome) {
        case ScheduleOutcome::Booked:
            done_ = std::string(ui.text.tr("coord.schedule.booked")) + " " + std::to_string(result.session_ids.size());
            break;
        case ScheduleOutcome::Clash: {
            const auto& c = result.clashes.front();
            const auto other = store::SessionRepository(ctx_.db).find(c.existing_id);
            problem_ = std::string(ui.text.tr(c.kind == core::ClashKind::Room ? "coord.schedule.room_clash"
                                                                                : "coord.schedule.worker_clash")) +
                       (other ? " " + short_date_time(other->starts_at, ctx_.time_zone, ui.text) : "") + ". " +
                       ui.text.tr("coord.schedule.nothing_booked");
            break;
        }
        case ScheduleOutcome::BadPlan: problem_ = ui.text.tr("coord.schedule.bad_plan"); break;
        case ScheduleOutcome::NoSuchAgreement: problem_ = ui.text.tr("coord.schedule.no_agreement"); break;
    }
}

}  // namespace kiosk::app
