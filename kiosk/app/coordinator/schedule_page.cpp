// Booking sessions and recording missed ones: the view and what its intents do.
#include <cstdio>

#include "kiosk/app/coordinator/attendance_service.hpp"
#include "kiosk/app/coordinator/schedule_page.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/schedule_service.hpp"
#include "kiosk/core/form_choices.hpp"
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

void SchedulePage::open(const CoordinatorContext& ctx) {
    if (draft_.first_date.empty()) draft_.first_date = core::local_date(ctx.clock.now() + std::chrono::days{1}, ctx.time_zone);
}

const ui::ScheduleView& SchedulePage::view(const PageEnv& env) const {
    return model_.get(env.key(BuiltFor{env.language(), referral_, draft_.first_date, draft_.hour, draft_.minute, draft_.count,
                                       draft_.changing_session, env.messages}),
                      [&] { return build_view(env); });
}

ui::ScheduleView SchedulePage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    ui::ScheduleView view;
    view.frame = env.frame;
    const auto now = ctx.clock.now();
    const auto cur = current(ctx, referral_);
    if (cur.child == 0) {
        view.problem = ui.text.tr("coord.schedule.pick_referral");
        return view;
    }
    if (const auto c = store::FamilyRepository(ctx.db).child(cur.child)) view.child = c->first_name;
    store::VenueRepository venues(ctx.db);
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
    for (const auto& s : suggest_venues(ctx, cur.child)) {
        char km[32];
        std::snprintf(km, sizeof km, "%.1f km", s.distance_km);
        view.venues.push_back(s.venue.name + " — " + km + (first ? std::string(" · ") + ui.text.tr("coord.schedule.nearest") : ""));
        first = false;
    }
    view.worker_labels.emplace_back(ui.text.tr("coord.schedule.later"));
    const auto staff = workers(ctx.db);
    for (const auto& w : staff) view.worker_labels.push_back(w.display_name);
    if (cur.version) {
        const core::Id proposed = propose_worker(
            ctx, {cur.version->id, {draft_.first_date, draft_.hour, draft_.minute, draft_.count}, 0});
        for (std::size_t i = 0; i < staff.size(); ++i) {
            if (staff[i].id != proposed) continue;
            view.proposed_worker = static_cast<int>(i) + 1;
            view.proposed_worker_note =
                ui::fill(ui.text.tr("coord.schedule.same_worker"), {{"worker", staff[i].display_name}, {"child", view.child}});
        }
    }
    for (const auto kind : core::kMissedKinds) view.missed_kind_labels.emplace_back(ui.text.tr("coord.missed." + std::string(core::to_string(kind))));
    for (const auto& s : store::SessionRepository(ctx.db).of_child(cur.child)) {
        if (s.starts_at < now - std::chrono::days{28}) continue;  // the last four weeks and what is coming
        const auto room = venues.room(s.room_id);
        // A booked session still to come can be cancelled or moved; once it has begun, only
        // what happened can be recorded (a no-show or a cancellation on the day).
        const bool booked = s.state == core::SessionState::Booked;
        view.sessions.push_back({s.id, short_date_time(s.starts_at, ctx.time_zone, ui.text), room ? room->name : "", s.visit_code,
                                 ui.text.tr("coord.session_state." + std::string(core::to_string(s.state))),
                                 booked && s.starts_at <= now, booked && s.starts_at > now});
    }
    if (store::AttendanceRepository(ctx.db).has_open_flag(cur.child, "missed_run")) view.flag = ui.text.tr("coord.schedule.flagged");
    form_view(view, env);
    view.problem = env.messages.problem;
    view.done = env.messages.done;
    return view;
}

PageRequest SchedulePage::handle(const ui::ScheduleIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (handle_form(intent, env)) return {};
    if (const auto* mark = std::get_if<ui::MarkMissed>(&intent)) {
        env.messages.clear();
        draft_.missed_session = mark->session_id;
        draft_.who.clear();
        draft_.reason.clear();
    }
    if (std::holds_alternative<ui::CancelMissed>(intent)) draft_.missed_session = 0;
    if (std::holds_alternative<ui::SaveMissed>(intent)) save_missed(env);
    if (std::holds_alternative<ui::BookSessions>(intent)) book(env);
    return {};
}

void SchedulePage::save_missed(PageEnv& env) {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    messages.clear();
    core::MissedSession missed;
    missed.session_id = draft_.missed_session;
    missed.kind = core::choice_at(core::kMissedKinds, draft_.missed_kind);
    missed.who = draft_.who;
    missed.reason = draft_.reason;
    const auto result = record_missed_session(ctx, missed, ctx.missed_run_threshold);
    if (!result.problems.empty()) {
        for (const auto p : result.problems) messages.add_problem(text.tr("coord.missed.problem." + std::string(core::to_string(p))));
        return;
    }
    draft_.missed_session = 0;
    messages.done = std::string(text.tr("coord.missed.recorded")) + " " +
                    relative_time(result.notice_send_after, ctx.clock.now(), ctx.time_zone, text) + ".";
    if (result.flagged) messages.done += std::string(" ") + text.tr("coord.schedule.flagged");
}

void SchedulePage::book(PageEnv& env) {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    messages.clear();
    const auto cur = current(ctx, referral_);
    if (!cur.version) {
        messages.problem = text.tr("coord.schedule.no_agreement");
        return;
    }
    const auto staff = workers(ctx.db);
    // Row 0 of the worker choice is "decide later"; row 1 + i is staff[i].
    const std::size_t pick = static_cast<std::size_t>(draft_.worker);
    const core::Id worker = pick >= 1 && pick <= staff.size() ? staff[pick - 1].id : 0;
    const auto result = book_sessions(ctx, {cur.version->id, {draft_.first_date, draft_.hour, draft_.minute, draft_.count}, worker});
    switch (result.outcome) {
        case ScheduleOutcome::Booked:
            messages.done = std::string(text.tr("coord.schedule.booked")) + " " + std::to_string(result.session_ids.size());
            break;
        case ScheduleOutcome::Clash: {
            const auto& c = result.clashes.front();
            const auto other = store::SessionRepository(ctx.db).find(c.existing_id);
            messages.problem = std::string(text.tr(c.kind == core::ClashKind::Room ? "coord.schedule.room_clash"
                                                                                   : "coord.schedule.worker_clash")) +
                               (other ? " " + short_date_time(other->starts_at, ctx.time_zone, text) : "") + ". " +
                               text.tr("coord.schedule.nothing_booked");
            break;
        }
        case ScheduleOutcome::BadPlan: messages.problem = text.tr("coord.schedule.bad_plan"); break;
        case ScheduleOutcome::NoSuchAgreement: messages.problem = text.tr("coord.schedule.no_agreement"); break;
    }
}

}  // namespace kiosk::app
