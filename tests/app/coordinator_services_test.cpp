// The coordinator's flow through its services on a real (temporary) store: referral, risk
// assessment, agreement versions, booking, missed sessions, placement meetings, the board.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#include "kiosk/app/coordinator/agreement_service.hpp"
#include "kiosk/app/coordinator/assessment_service.hpp"
#include "kiosk/app/coordinator/attendance_service.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/deadline_service.hpp"
#include "kiosk/app/coordinator/schedule_service.hpp"
#include "kiosk/app/coordinator/staff_service.hpp"
#include "kiosk/app/coordinator/transition_service.hpp"
#include "kiosk/app/pin_hash.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/deadline_board.hpp"
#include "kiosk/core/risk_assessment_rules.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/location_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using Catch::Matchers::ContainsSubstring;
using testing::kDemoNow;

namespace {
struct Fixture {
    testing::TestStore store;
    testing::SampleFamily family = testing::add_sample_family(store.db);
    core::FixedClock clock{kDemoNow};
    core::Id coordinator = 0;
    core::Id referral = 0;
    app::CoordinatorContext ctx{store.db, clock, "Europe/London", 0};

    Fixture() {
        store::WriteTransaction tx(store.db, "system:test", kDemoNow);
        coordinator = store::StaffRepository(store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        referral = store::ReferralRepository(store.db).add(
            tx, {0, family.child, "Dana Okafor", "Mum asks for weekly contact.", kDemoNow - 24h, core::ReferralStatus::New});
        tx.commit();
        ctx.staff_id = coordinator;
    }

    core::AgreementVersion valid_draft() {
        auto draft = app::agreement_draft_for(ctx, referral);
        draft.room_id = family.room;
        draft.session_minutes = 60;
        draft.attendees = {{family.mum, "Sarah", "Mum"}};
        draft.rules = {{"phones_photos", "Phones stay in your bag."}};
        return draft;
    }
};
}  // namespace

TEST_CASE("a lower level than recommended is refused without a reason, and saved with one") {
    Fixture f;
    app::AssessmentForm form;
    form.input.risks = {core::RiskFactor::SubstanceMisuse};
    form.input.history = core::ContactHistory::Mixed;
    form.chosen = core::SupervisionLevel::Supported;

    const auto refused = app::save_assessment(f.ctx, f.referral, form);
    CHECK(refused.outcome == app::AssessmentOutcome::NeedsReason);
    CHECK(refused.recommended == core::SupervisionLevel::Supervised);
    CHECK_FALSE(store::ReferralRepository(f.store.db).latest_assessment(f.referral));
    CHECK(store::ReferralRepository(f.store.db).find(f.referral)->status == core::ReferralStatus::New);

    form.reason_for_lower_level = "Negative tests for a year; mum engages well.";
    const auto saved = app::save_assessment(f.ctx, f.referral, form);
    CHECK(saved.outcome == app::AssessmentOutcome::Saved);
    CHECK(store::ReferralRepository(f.store.db).find(f.referral)->status == core::ReferralStatus::InProgress);
    const auto loaded = app::load_assessment(f.ctx, f.referral);
    REQUIRE(loaded);
    CHECK(loaded->chosen == core::SupervisionLevel::Supported);
    CHECK(loaded->input.risks == form.input.risks);
}

TEST_CASE("a higher level needs no reason") {
    Fixture f;
    app::AssessmentForm form;
    form.chosen = core::SupervisionLevel::CloselySupervised;
    CHECK(app::save_assessment(f.ctx, f.referral, form).outcome == app::AssessmentOutcome::Saved);
}

TEST_CASE("agreement versions number on, apply from now, and bad ones are refused whole") {
    Fixture f;
    auto draft = f.valid_draft();
    CHECK(draft.grace_minutes == 15);
    CHECK(draft.review_date == "2027-02-23");
    draft.attendees.clear();
    const auto refused = app::save_agreement_version(f.ctx, f.referral, draft);
    CHECK(refused.problems == std::vector{core::AgreementProblem::NoAttendees});

    // The sample family already has version 1, so the coordinator's first save is version 2.
    const auto second = app::save_agreement_version(f.ctx, f.referral, f.valid_draft());
    REQUIRE(second.problems.empty());
    CHECK(second.version == 2);
    CHECK(store::ReferralRepository(f.store.db).find(f.referral)->status == core::ReferralStatus::Agreed);
    f.clock.advance(1h);
    auto changed = app::agreement_draft_for(f.ctx, f.referral);
    CHECK(changed.version == 2);
    changed.grace_minutes = 10;
    const auto third = app::save_agreement_version(f.ctx, f.referral, changed);
    CHECK(third.version == 3);
}

TEST_CASE("weekly sessions get unique visit codes and arrival windows; a clash books nothing") {
    Fixture f;
    const auto saved = app::save_agreement_version(f.ctx, f.referral, f.valid_draft());
    store::SessionRepository sessions(f.store.db);

    // The sample session is today at 11:00 in the same room: a 10:30 start clashes with it.
    const auto clash = app::book_sessions(f.ctx, {saved.version_id, {"2026-11-23", 10, 30, 4}, f.family.worker});
    CHECK(clash.outcome == app::ScheduleOutcome::Clash);
    REQUIRE_FALSE(clash.clashes.empty());
    CHECK(clash.clashes[0].existing_id == f.family.session);
    CHECK(sessions.of_child(f.family.child).size() == 1);

    const auto booked = app::book_sessions(f.ctx, {saved.version_id, {"2026-11-24", 14, 0, 4}, f.family.worker});
    REQUIRE(booked.outcome == app::ScheduleOutcome::Booked);
    REQUIRE(booked.session_ids.size() == 4);
    std::set<std::string> codes;
    for (const auto id : booked.session_ids) {
        const auto s = sessions.find(id);
        codes.insert(s->visit_code);
        CHECK(s->arrival_windows.size() == 2);
        CHECK(core::local_hhmm(s->starts_at, "Europe/London") == "14:00");
        CHECK(s->agreement_version_id == saved.version_id);
    }
    CHECK(codes.size() == 4);
    CHECK(core::local_date(sessions.find(booked.session_ids[1])->starts_at, "Europe/London") == "2026-12-01");

    // The same worker elsewhere at the same time is a worker clash.
    const auto again = app::book_sessions(f.ctx, {saved.version_id, {"2026-11-24", 14, 30, 1}, f.family.worker});
    CHECK(again.outcome == app::ScheduleOutcome::Clash);
}

TEST_CASE("the nearest venue is suggested first") {
    Fixture f;
    {
        store::WriteTransaction tx(f.store.db, "system:test", kDemoNow);
        store::VenueRepository venues(f.store.db);
        const auto far = venues.add_venue(tx, {0, "Hilltop Centre", "Europe/London", ""});
        store::LocationRepository locations(f.store.db);
        locations.set_venue_location(tx, f.family.venue, {51.45, -2.58});
        locations.set_venue_location(tx, far, {51.60, -2.90});
        locations.set_child_home(tx, f.family.child, {51.58, -2.88});
        tx.commit();
    }
    const auto ranked = app::suggest_venues(f.ctx, f.family.child);
    REQUIRE(ranked.size() == 2);
    CHECK(ranked[0].venue.name == "Hilltop Centre");
    CHECK(ranked[0].distance_km < ranked[1].distance_km);
}

TEST_CASE("three no-shows in a row queue three notices for the next morning and flag the case once") {
    Fixture f;
    const auto saved = app::save_agreement_version(f.ctx, f.referral, f.valid_draft());
    const auto booked = app::book_sessions(f.ctx, {saved.version_id, {"2026-11-24", 14, 0, 4}, 0});
    REQUIRE(booked.session_ids.size() == 4);

    core::MissedSession blank{0, booked.session_ids[0], core::Attendance::NoShow, "", "", 0, {}};
    f.clock.set(core::local_to_utc("2026-11-24", 15, 30, "Europe/London"));
    CHECK_FALSE(app::record_missed_session(f.ctx, blank).problems.empty());

    std::vector<app::MissedSessionResult> results;
    for (int week = 0; week < 3; ++week) {
        const auto day = core::add_days("2026-11-24", 7 * week);
        f.clock.set(core::local_to_utc(day, 15, 30, "Europe/London"));
        results.push_back(app::record_missed_session(
            f.ctx, {0, booked.session_ids[static_cast<std::size_t>(week)], core::Attendance::NoShow, "Mum",
                    "Did not arrive; no answer on the phone.", 0, {}}));
        REQUIRE(results.back().problems.empty());
    }
    CHECK_FALSE(results[0].flagged);
    CHECK_FALSE(results[1].flagged);
    CHECK(results[2].flagged);
    CHECK(core::local_hhmm(results[0].notice_send_after, "Europe/London") == "09:00");
    CHECK(core::local_date(results[0].notice_send_after, "Europe/London") == "2026-11-25");

    store::AttendanceRepository attendance(f.store.db);
    CHECK(attendance.open_flags().size() == 1);
    const auto queued = store::OutboxRepository(f.store.db).next_batch(10);
    REQUIRE(queued.size() == 3);
    for (const auto& item : queued) {
        CHECK(item.kind == "missed_session_notice");
        CHECK_FALSE(item.fast_lane);
        CHECK_THAT(item.payload, ContainsSubstring("\"send_after\""));
    }
    CHECK(store::AuditLog::verify(f.store.db).whole);
}

TEST_CASE("a service cancellation neither counts nor breaks a run") {
    Fixture f;
    const auto saved = app::save_agreement_version(f.ctx, f.referral, f.valid_draft());
    const auto ids = app::book_sessions(f.ctx, {saved.version_id, {"2026-11-24", 14, 0, 4}, 0}).session_ids;
    REQUIRE(ids.size() == 4);
    const core::Attendance kinds[] = {core::Attendance::NoShow, core::Attendance::CancelledByService,
                                      core::Attendance::CancelledByFamily, core::Attendance::NoShow};
    app::MissedSessionResult last;
    for (std::size_t i = 0; i < 4; ++i) {
        f.clock.set(core::local_to_utc(core::add_days("2026-11-24", 7 * static_cast<int>(i)), 16, 0, "Europe/London"));
        last = app::record_missed_session(f.ctx, {0, ids[i], kinds[i], "Mum", "Reason given.", 0, {}});
    }
    CHECK(last.flagged);
}

TEST_CASE("a comfort call recorded clears it from the board; an overdue icebreaker stays on top") {
    Fixture f;
    core::Id placement = 0;
    {
        store::WriteTransaction tx(f.store.db, "system:test", kDemoNow);
        placement = store::PlacementRepository(f.store.db).add(tx, {0, f.family.child, kDemoNow - 24h * 8, f.coordinator});
        tx.commit();
    }
    auto board = app::deadlines_board(f.ctx);
    REQUIRE(board.size() >= 2);
    CHECK(board[0].state == core::DeadlineState::Overdue);
    CHECK(board[0].owner == "Alex");
    CHECK(board[0].subject == testing::kSampleChildName);

    core::ComfortCall call;
    call.placement_id = placement;
    call.plan = {"Mum", "zoom", "", "", "", "Blue rabbit", "", "", ""};
    call.held = true;
    CHECK(app::save_comfort_call(f.ctx, call) ==
          std::vector{core::TransitionProblem::NoOutcome, core::TransitionProblem::NoParticipants});
    call.how_it_went = "Calm; waved goodbye.";
    call.participants = {"child", "parents"};
    CHECK(app::save_comfort_call(f.ctx, call).empty());
    board = app::deadlines_board(f.ctx);
    for (const auto& d : board) CHECK(d.kind != core::DeadlineKind::ComfortCall);

    // The held call goes to the social work team once; correcting its words queues nothing more.
    const auto queued_calls = [&] {
        int n = 0;
        for (const auto& item : store::OutboxRepository(f.store.db).next_batch(100)) n += item.kind == "comfort_call" ? 1 : 0;
        return n;
    };
    CHECK(queued_calls() == 1);
    call.how_it_went = "Calm; waved goodbye and smiled.";
    CHECK(app::save_comfort_call(f.ctx, call).empty());
    CHECK(queued_calls() == 1);
    CHECK(std::any_of(board.begin(), board.end(), [](const core::Deadline& d) {
        return d.kind == core::DeadlineKind::Icebreaker && d.state == core::DeadlineState::Overdue;
    }));
}

TEST_CASE("adding staff and resetting a PIN store only a hash that verifies") {
    Fixture f;
    CHECK(app::add_staff_member(f.ctx, "Robin", core::Role::Worker, "12") == app::StaffProblem::BadPin);
    CHECK(app::add_staff_member(f.ctx, "", core::Role::Worker, "123456") == app::StaffProblem::BadName);
    CHECK(app::add_staff_member(f.ctx, "Robin", core::Role::Worker, "123456") == app::StaffProblem::None);
    CHECK(app::reset_staff_pin(f.ctx, f.family.worker, "654321") == app::StaffProblem::None);
    auto s = f.store.db.cached("SELECT pin_hash FROM staff WHERE id = ?");
    s.bind_all(f.family.worker);
    REQUIRE(s.step());
    CHECK(s.text(0).find("654321") == std::string::npos);
    CHECK(app::verify_pin(s.text(0), "654321"));
    CHECK_FALSE(app::this_device(f.ctx).last_sync);
}

TEST_CASE("a review weighs the child's last ended sessions and the concerns they raised") {
    Fixture f;
    store::SessionRepository sessions(f.store.db);
    auto past = *sessions.find(f.family.session);
    std::vector<core::Id> ended;
    {
        store::WriteTransaction tx(f.store.db, "system:test", kDemoNow);
        for (int week = 1; week <= 4; ++week) {
            core::Session s = past;
            s.id = 0;
            s.starts_at = past.starts_at - 24h * 7 * week;
            s.visit_code = std::string("ACDEF") + static_cast<char>('3' + week);
            s.state = core::SessionState::Ended;
            s.arrival_windows.clear();
            ended.push_back(sessions.add(tx, s));
        }
        tx.commit();
    }
    CHECK(app::recent_sessions(f.ctx, f.family.child).considered == 4);  // today's (not yet held) is left out
    CHECK(app::recent_sessions(f.ctx, f.family.child).with_concern == 0);
    CHECK(core::prompt_step_down(core::SupervisionLevel::Supervised, 4, 0));
    {
        store::WriteTransaction tx(f.store.db, "staff:1", kDemoNow);
        store::ConcernRepository(f.store.db).add(
            tx, {0, ended[1], f.family.worker, kDemoNow - 24h * 14, core::ConcernSeverity::Medium, "Shouting at the door."}, "{}");
        tx.commit();
    }
    const auto recent = app::recent_sessions(f.ctx, f.family.child);
    CHECK(recent.with_concern == 1);
    CHECK_FALSE(core::prompt_step_down(core::SupervisionLevel::Supervised, recent.considered, recent.with_concern));
}

TEST_CASE("coordinator dates write a one-digit day without a padding space, in the coordinator's language") {
    // 1 December 2026, 09:30 in London (GMT).
    const core::Timestamp first = core::from_unix(1796117400);
    ui::Translator text = ui::Translator::load_folder(std::filesystem::path(KIOSK_SOURCE_DIR) / "assets/i18n");
    CHECK(app::short_date(first, "Europe/London", text) == "Tue 1 Dec");
    CHECK(app::short_date_time(first, "Europe/London", text) == "Tue 1 Dec 09:30");
    CHECK(app::long_date_time(first, "Europe/London", text) == "Tuesday 1 December, 09:30");
    CHECK(app::long_date_time(testing::kDemoNow, "Europe/London", text) == "Monday 23 November, 10:05");
    // No English day or month names in Spanish or Polish.
    REQUIRE(text.set_language("es"));
    CHECK(app::short_date_time(first, "Europe/London", text) == "mar 1 dic 09:30");
    CHECK(app::long_date_time(testing::kDemoNow, "Europe/London", text) == "lunes 23 de noviembre, 10:05");
    REQUIRE(text.set_language("pl"));
    CHECK(app::short_date(first, "Europe/London", text) == "wt. 1 gru");
    CHECK(app::long_date_time(testing::kDemoNow, "Europe/London", text) == "poniedziałek, 23 listopada, 10:05");
}

TEST_CASE("a baby's age is written in months in the coordinator's language, an older child's in years") {
    auto text = ui::Translator::load_folder(std::filesystem::path(KIOSK_SOURCE_DIR) / "assets/i18n");
    const core::Timestamp now = kDemoNow;  // 23 November 2026
    CHECK(app::child_with_age("Ava", "2020-05-01", now, "Europe/London", text) == "Ava, 6");
    CHECK(app::child_with_age("Leo", "2026-06-10", now, "Europe/London", text) == "Leo, 5 mo");
    REQUIRE(text.set_language("es"));
    CHECK(app::child_with_age("Leo", "2026-06-10", now, "Europe/London", text) == "Leo, 5 meses");
    REQUIRE(text.set_language("pl"));
    CHECK(app::child_with_age("Leo", "2026-06-10", now, "Europe/London", text) == "Leo, 5 mies.");
    CHECK(app::child_with_age("Leo", "unknown", now, "Europe/London", text) == "Leo");
}

TEST_CASE("a deadline due by the end of a day is shown as that day, not as midnight of the next") {
    auto text = ui::Translator::load_folder(std::filesystem::path(KIOSK_SOURCE_DIR) / "assets/i18n");
    const core::Timestamp now = kDemoNow;  // Monday 23 November 2026, 10:05 in London
    const std::string zone = "Europe/London";
    CHECK(app::due_time(core::end_of_local_day("2026-11-23", zone), now, zone, text) == "today");
    CHECK(app::due_time(core::end_of_local_day("2026-11-24", zone), now, zone, text) == "tomorrow");
    CHECK(app::due_time(core::end_of_local_day("2026-11-22", zone), now, zone, text) == "yesterday");
    CHECK(app::due_time(core::end_of_local_day("2026-12-01", zone), now, zone, text) == "Tue 1 Dec");
    // A time of day keeps its hour; an event at midnight is not a deadline and keeps it too.
    CHECK(app::due_time(now + std::chrono::hours{2}, now, zone, text) == "today 12:05");
    CHECK(app::relative_time(core::end_of_local_day("2026-11-23", zone), now, zone, text) == "tomorrow 00:00");
    REQUIRE(text.set_language("pl"));
    CHECK(app::due_time(core::end_of_local_day("2026-11-23", zone), now, zone, text) == "dziś");
}
