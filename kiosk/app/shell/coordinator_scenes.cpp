#include "kiosk/app/shell/coordinator_scenes.hpp"

#include <array>
#include <chrono>

#include "kiosk/app/coordinator/coordinator_sign_in.hpp"
#include "kiosk/app/coordinator/schedule_service.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/sync_readiness_query.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
using Prepare = std::function<void(CoordinatorController&, store::Database&)>;

ScreenshotScene scene(std::string name, Prepare prepare) {
    return {std::move(name), nullptr,
            [prepare](KioskApp& app, store::Database& db, const core::Clock& clock, const std::string& time_zone) {
                const auto coordinator = first_active_coordinator(db);
                app.open_coordinator({db, clock, time_zone, coordinator.value_or(0)});
                prepare(*app.coordinator(), db);
            }};
}

// The first referral in the inbox with this status (the demo seeds one of each).
core::Id referral_with(store::Database& db, core::ReferralStatus status) {
    for (const auto& r : store::ReferralRepository(db).inbox()) {
        if (r.status == status) return r.id;
    }
    return 0;
}

// The referral of the child with this first name, or 0.
core::Id referral_with_child(store::Database& db, const std::string& first_name) {
    store::FamilyRepository people(db);
    for (const auto& r : store::ReferralRepository(db).inbox()) {
        const auto child = people.child(r.child_id);
        if (child && child->first_name == first_name) return r.id;
    }
    return 0;
}

// The end of a day: a morning session's record still in draft, two final records not yet
// reviewed (the older ones are), and the day's records waiting in the outbox.
void prepare_days_end(store::Database& db, core::Id coordinator, core::Timestamp now) {
    store::WriteTransaction tx(db, "system:screenshot", now);
    store::RecordRepository records(db);
    const auto finals = store::unreviewed_final_records(db);
    for (std::size_t i = 0; i + 2 < finals.size(); ++i) records.mark_reviewed(tx, finals[i].record_id, coordinator);
    for (const auto& session : store::SessionRepository(db).starting_between(now - std::chrono::hours{4}, now)) {
        if (session.worker_id != 0 && !records.for_session(session.id)) {
            records.create_draft(tx, session.id, session.worker_id);
            break;
        }
    }
    const std::array<std::pair<const char*, int>, 4> queued{
        {{"check_in", 6}, {"attendance", 3}, {"observation_record", 2}, {"feedback", 4}}};
    for (const auto& [kind, n] : queued) {
        for (int i = 0; i < n; ++i) tx.enqueue({kind, 0, "{}"});
    }
    tx.audit("screenshot.prepared", "outbox", 0);
    tx.commit();
}

// The child's first booked session still to come; when the demo has none (its sessions are
// all today or past), one is booked a week on, as a coordinator would have.
core::Id next_booked_session(CoordinatorController& c, store::Database& db, core::Id child) {
    for (const auto& s : store::SessionRepository(db).of_child(child)) {
        if (s.state == core::SessionState::Booked && s.starts_at > c.now() + std::chrono::hours{24}) return s.id;
    }
    const auto agreement = store::AgreementRepository(db).for_child(child);
    const auto version = agreement ? store::AgreementRepository(db).latest_version(agreement->id) : std::nullopt;
    if (!version) return 0;
    const auto date = core::local_date(c.now() + std::chrono::days{7}, c.context().time_zone);
    const auto booked = book_sessions(c.context(), {version->id, {date, 16, 0, 1}, 0});
    return booked.session_ids.empty() ? 0 : booked.session_ids.front();
}

// The demo placement whose comfort call was held eight days ago, or 0.
core::Id placement_with_held_call(store::Database& db) {
    store::PlacementRepository placements(db);
    for (const auto& p : placements.all()) {
        if (const auto call = placements.comfort_call(p.id); call && call->held) return p.id;
    }
    return 0;
}

// That call went to the social work team the day it was held, and a week later the purge
// after a sync took its conversation notes (the venue's default keep_synced_days is 7).
void prepare_sent_comfort_call(store::Database& db, core::Id placement_id, core::Timestamp now) {
    const auto call = store::PlacementRepository(db).comfort_call(placement_id);
    if (!call) return;
    {
        store::WriteTransaction tx(db, "system:screenshot", call->held_at);
        store::OutboxRepository(db).mark_sent(tx, tx.enqueue({"comfort_call", call->id, "{}"}));
        tx.commit();
    }
    store::WriteTransaction tx(db, "system:screenshot", now);
    store::purge_synced_records(tx, now - std::chrono::days{7});
    tx.commit();
}
// A high concern raised a quarter of an hour ago by the worker of the child's session today.
void prepare_concern(store::Database& db, core::Id child, core::Timestamp now, const std::string& time_zone) {
    for (const auto& session : store::SessionRepository(db).of_child(child)) {
        if (core::local_date(session.starts_at, time_zone) != core::local_date(now, time_zone)) continue;
        store::WriteTransaction tx(db, "system:screenshot", now);
        store::ConcernRepository(db).add(tx,
                                         {0, session.id, session.worker_id, now - std::chrono::minutes{15},
                                          core::ConcernSeverity::High,
                                          "Said he does not want to go back tonight; a bruise on his left forearm."},
                                         std::string{"{}"});
        tx.commit();
        return;
    }
}
}  // namespace

std::vector<ScreenshotScene> coordinator_scenes() {
    return {
        scene("coordinator/referrals",
              [](CoordinatorController& c, store::Database& db) { c.select_referral(referral_with(db, core::ReferralStatus::New)); }),
        // A contact worker's concern from this morning's session, on the child's referral.
        scene("coordinator/referral-concern",
              [](CoordinatorController& c, store::Database& db) {
                  const core::Id referral = referral_with(db, core::ReferralStatus::InProgress);
                  c.select_referral(referral);
                  prepare_concern(db, store::ReferralRepository(db).find(referral)->child_id, c.now(), c.context().time_zone);
              }),
        scene("coordinator/risk",
              [](CoordinatorController& c, store::Database& db) {
                  c.select_referral(referral_with(db, core::ReferralStatus::New));
                  c.open(CoordinatorScreen::Risk);
                  auto& d = c.risk_draft();
                  d.risks[3] = true;       // substance misuse
                  d.protective[0] = true;  // positive relationship
                  d.protective[1] = true;  // engages with guidance
                  d.history = 2;           // mixed
                  d.wish = 0;              // wants contact
                  d.chosen = 1;            // supported: lower than recommended, so a reason is asked for
              }),
        scene("coordinator/agreement",
              [](CoordinatorController& c, store::Database& db) {
                  c.select_referral(referral_with(db, core::ReferralStatus::Agreed));
                  c.open(CoordinatorScreen::Agreement);
              }),
        scene("coordinator/schedule",
              [](CoordinatorController& c, store::Database& db) {
                  c.select_referral(referral_with(db, core::ReferralStatus::Agreed));
                  c.open(CoordinatorScreen::Schedule);
              }),
        scene("coordinator/transition",
              [](CoordinatorController& c, store::Database& db) {
                  c.open(CoordinatorScreen::Transition);
                  const auto placements = store::PlacementRepository(db).all();
                  if (!placements.empty()) c.select_placement(placements.front().id);
              }),
        scene("coordinator/transition-sent",
              [](CoordinatorController& c, store::Database& db) {
                  const core::Id placement = placement_with_held_call(db);
                  prepare_sent_comfort_call(db, placement, c.now());
                  c.open(CoordinatorScreen::Transition);
                  c.select_placement(placement);
                  c.transition_draft().part = 0;  // the comfort call, not the icebreaker still to do
              }),
        // Reuben's icebreaker, held this morning: the support worker facilitated it, both families
        // came with an interpreter (issue #16, item 7).
        scene("coordinator/icebreaker",
              [](CoordinatorController& c, store::Database& db) {
                  c.open(CoordinatorScreen::Transition);
                  c.select_placement(placement_with_held_call(db));
                  auto& d = c.transition_draft();
                  d.part = 1;
                  d.meeting.held = true;
                  d.meeting.facilitated_by = {"support_worker"};
                  d.meeting.attended = {"parents", "carers"};
                  d.meeting.other_attendees = "A Polish interpreter";
                  d.meeting.child_took_part = true;
                  d.meeting.routines = "Bath, a story, lights out at eight; porridge for breakfast.";
              }),
        scene("coordinator/deadlines", [](CoordinatorController& c, store::Database&) { c.open(CoordinatorScreen::Deadlines); }),
        // Sam's overdue draft, opened from the deadlines board, about to be handed to Jo.
        scene("coordinator/record",
              [](CoordinatorController& c, store::Database& db) {
                  const auto drafts = store::draft_records(db);  // oldest session first: Sam's
                  if (drafts.empty()) return;
                  c.open_record(drafts.front().record_id, CoordinatorScreen::Deadlines);
                  c.record_page().draft().hand_to = 0;  // Jo
                  c.record_page().draft().reason = "Sam is off sick this week.";
              }),
        // Last week's records of the children whose names begin with "M".
        scene("coordinator/records",
              [](CoordinatorController& c, store::Database&) {
                  c.open(CoordinatorScreen::Records);
                  c.records_page().draft().child = "M";
                  c.records_page().search(c.context());
              }),
        // Next week's session of the agreed referral, about to be moved by a day.
        scene("coordinator/schedule-change",
              [](CoordinatorController& c, store::Database& db) {
                  const core::Id referral = referral_with(db, core::ReferralStatus::Agreed);
                  c.select_referral(referral);
                  c.open(CoordinatorScreen::Schedule);
                  const auto r = store::ReferralRepository(db).find(referral);
                  if (!r) return;
                  const auto session = next_booked_session(c, db, r->child_id);
                  if (session == 0) return;
                  auto& d = c.schedule_draft();
                  d.changing_session = session;
                  d.change_kind = 1;
                  d.move_date = core::local_date(c.now() + std::chrono::days{8}, c.context().time_zone);
                  d.move_hour = 16;
                  d.move_minute = 0;
                  d.change_reason = "Dad starts a new job; Tuesdays suit the family better.";
              }),
        // The emergency placement's referral, recording that the child was placed this morning.
        scene("coordinator/placement",
              [](CoordinatorController& c, store::Database& db) {
                  c.select_referral(referral_with(db, core::ReferralStatus::New));
                  auto& d = c.referral_form();
                  d.form = ui::ReferralForm::Placement;
                  d.placed_date = core::local_date(c.now(), c.context().time_zone);
                  d.placed_hour = 8;
                  d.placed_minute = 30;
              }),
        // Last week's feedback, on the demo's Monday morning (issue #16, item 9).
        scene("coordinator/feedback", [](CoordinatorController& c, store::Database&) { c.open(CoordinatorScreen::Feedback); }),
        // Dad's letter from yesterday's post, being checked: it asks where the child goes to school,
        // so one check fails and it will be held (issue #16, item 3).
        scene("coordinator/letterbox",
              [](CoordinatorController& c, store::Database& db) {
                  c.open(CoordinatorScreen::Letterbox);
                  const auto waiting = store::LetterboxRepository(db).waiting_items();
                  if (waiting.empty()) return;
                  c.letterbox_page().open_item(c.context(), waiting.front().id);
                  auto& d = c.letterbox_page().draft();
                  d.checks = {false, true, true, true};
                  d.reason = "He asks which school she goes to; the agreement keeps it from him. Call Dad first.";
              }),
        // Issue #16: the family's language needs on Zofia's referral (Polish, an interpreter).
        scene("coordinator/referral-language",
              [](CoordinatorController& c, store::Database& db) {
                  c.select_referral(referral_with(db, core::ReferralStatus::Agreed));
                  auto& d = c.referral_form();
                  d.form = ui::ReferralForm::Language;
                  d.language = 3;  // Polish, third on the list after "not recorded"
                  d.interpreter = true;
              }),
        // Reuben's agreement: a WhatsApp video call the carer starts.
        scene("coordinator/agreement-call",
              [](CoordinatorController& c, store::Database& db) {
                  c.select_referral(referral_with_child(db, "Reuben"));
                  c.open(CoordinatorScreen::Agreement);
              }),
        scene("coordinator/staff", [](CoordinatorController& c, store::Database&) { c.open(CoordinatorScreen::Staff); }),
        scene("coordinator/sync",
              [](CoordinatorController& c, store::Database& db) {
                  prepare_days_end(db, first_active_coordinator(db).value_or(0), c.now());
                  c.open(CoordinatorScreen::Sync);
              }),
        // Issue #13: a Sync through the venue hub, which sent the venue's day on upstream.
        scene("coordinator/sync-hub",
              [](CoordinatorController& c, store::Database& db) {
                  prepare_days_end(db, first_active_coordinator(db).value_or(0), c.now());
                  SyncSummary last;
                  last.sent = 6;
                  last.hub = HubForwarding{.asked = true, .finished = true, .sending = false, .reachable = true,
                                           .forwarded = 41, .rejected = 0, .queued = 0, .problem = {}};
                  c.preview_last_sync(std::move(last));
                  c.open(CoordinatorScreen::Sync);
              }),
        scene("coordinator/sync-hub-unreachable",
              [](CoordinatorController& c, store::Database& db) {
                  prepare_days_end(db, first_active_coordinator(db).value_or(0), c.now());
                  SyncSummary last;
                  last.sent = 6;
                  last.hub = HubForwarding{.asked = true, .finished = true, .sending = false, .reachable = false,
                                           .forwarded = 0, .rejected = 0, .queued = 41,
                                           .problem = "the upstream server could not be reached: Couldn't connect to server"};
                  c.preview_last_sync(std::move(last));
                  c.open(CoordinatorScreen::Sync);
              }),
    };
}

}  // namespace kiosk::app
