// Session control, the safeguarding concern action and the today board, through the
// services the staff screens call.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/staff/due_records.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/staff/safeguarding_service.hpp"
#include "kiosk/app/staff/session_control_service.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/staff_problem.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

using kiosk::testing::problem_of;

namespace {

std::vector<std::string> chips(const core::ObservationRecord& r) {
    std::vector<std::string> out;
    for (const auto& e : r.timeline) out.push_back(e.chip);
    return out;
}
}  // namespace

TEST_CASE("a session runs from arrival to an early end, and its record's timeline shows each step") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    core::FixedClock clock(kDemoNow + 40min);
    app::SessionControlService control(t.db, clock);
    CHECK(problem_of([&] { control.start(f.session, f.worker); }) == app::StaffActionProblem::WrongState);
    CHECK(problem_of([&] { control.child_arrived(f.session, f.worker, " "); }) == app::StaffActionProblem::InvalidInput);
    control.child_arrived(f.session, f.worker, "Helen (carer)");
    clock.advance(10min);
    control.parent_arrived(f.session, f.worker);
    control.bring_parent_through(f.session, f.worker);
    clock.advance(5min);
    const core::Id record_id = control.start(f.session, f.worker);
    clock.advance(20min);
    CHECK(problem_of([&] { control.end_early(f.session, f.worker, core::EndedEarlyReason::Other, ""); }) ==
          app::StaffActionProblem::InvalidInput);
    control.end_early(f.session, f.worker, core::EndedEarlyReason::Other, "Fire alarm.");
    CHECK(problem_of([&] { control.end(f.session, f.worker); }) == app::StaffActionProblem::WrongState);

    const auto s = store::SessionRepository(t.db).find(f.session);
    CHECK(s->state == core::SessionState::EndedEarly);
    CHECK(s->brought_by == "Helen (carer)");
    CHECK(s->started_at == kDemoNow + 55min);
    CHECK(s->ended_at == kDemoNow + 75min);
    CHECK(s->ended_early_reason == "other");
    const auto record = app::RecordService(t.db, clock).record(record_id);
    CHECK(chips(*record) == std::vector<std::string>{"session_started", "session_ended_early"});
}

TEST_CASE("the departure plan follows the arrival windows' leave order") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    core::FixedClock clock(kDemoNow);
    const auto plan = app::SessionControlService(t.db, clock).departure_plan(f.session);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].party == core::Party::Family);  // the sample family leaves first (order 1)
    CHECK(plan[1].party == core::Party::Carer);
    CHECK(plan[1].wait_before == core::kDefaultDepartureGap);
}

TEST_CASE("a safeguarding concern is saved at once, sent in the fast lane, alerts colleagues and marks the record") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    core::FixedClock clock(kDemoNow + 50min);
    app::SessionControlService control(t.db, clock);
    control.child_arrived(f.session, f.worker, "Helen");
    const core::Id record_id = control.start(f.session, f.worker);
    app::SafeguardingService safeguarding(t.db, clock);
    CHECK(problem_of([&] { safeguarding.raise_concern(f.session, f.worker, core::ConcernSeverity::High, ""); }) ==
          app::StaffActionProblem::InvalidInput);
    const core::Id concern =
        safeguarding.raise_concern(f.session, f.worker, core::ConcernSeverity::High, "Said Dad hit him last night.");

    const auto saved = store::ConcernRepository(t.db).for_session(f.session);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].id == concern);
    CHECK(saved[0].raised_at == kDemoNow + 50min);
    const auto fast = store::OutboxRepository(t.db).next_batch(10, true);
    REQUIRE(fast.size() == 2);
    CHECK(fast[0].kind == "concern");
    CHECK(fast[0].payload.find("\"severity\":\"high\"") != std::string::npos);
    CHECK(fast[1].kind == "alert");
    CHECK(fast[1].payload.find("Dad") == std::string::npos);  // the alert names the concern, not its words

    const auto board = app::build_today_board(t.db, clock.now());
    REQUIRE(board.sessions.size() == 1);
    REQUIRE(board.sessions[0].alerts.size() == 1);
    CHECK(board.sessions[0].alerts[0].kind == core::AlertKind::SafeguardingConcern);
    CHECK(chips(*app::RecordService(t.db, clock).record(record_id)).back() == "safeguarding_concern");

    app::acknowledge_alert(t.db, clock, board.sessions[0].alerts[0].id, f.worker);
    CHECK(app::build_today_board(t.db, clock.now()).sessions[0].alerts.empty());
    CHECK(problem_of([&] { app::acknowledge_alert(t.db, clock, board.sessions[0].alerts[0].id, f.worker); }) ==
          app::StaffActionProblem::WrongState);
}

TEST_CASE("the today board shows each session's stage, times, windows and the child's allergies") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    core::FixedClock clock(kDemoNow);
    {
        store::WriteTransaction tx(t.db, "lobby", kDemoNow);
        store::AlertRepository(t.db).raise(
            tx, {0, core::AlertKind::RepeatedWrongCodes, 0, kDemoNow, "5 wrong codes", 0, std::nullopt}, "{}");
        tx.commit();
    }
    auto board = app::build_today_board(t.db, clock.now());
    CHECK(board.venue_name == "Test Centre");
    CHECK(board.local_date == "2026-11-23");
    CHECK(board.venue_alerts.size() == 1);
    REQUIRE(board.sessions.size() == 1);
    const auto& row = board.sessions[0];
    CHECK(row.room == "Blue Room");
    CHECK(row.starts_local == "11:00");
    CHECK(row.ends_local == "12:00");
    CHECK(row.stage == app::BoardStage::Booked);
    CHECK(row.worker_name == "Jo");
    CHECK(row.child_first_name == kiosk::testing::kSampleChildName);
    CHECK(row.age_band == core::AgeBand::Primary);
    CHECK(row.allergies == "Peanuts");
    REQUIRE(row.arrival_windows.size() == 2);
    CHECK(row.arrival_windows[0].party == core::Party::Carer);
    CHECK(row.arrival_windows[0].from_local == "10:35");
    CHECK_FALSE(row.due);

    app::SessionControlService control(t.db, clock);
    control.child_arrived(f.session, f.worker, "Helen");
    CHECK(app::build_today_board(t.db, clock.now()).sessions[0].stage == app::BoardStage::ChildArrived);
    const core::Id record = control.start(f.session, f.worker);
    CHECK(app::build_today_board(t.db, clock.now()).sessions[0].stage == app::BoardStage::InProgress);
    clock.advance(1h);
    control.end(f.session, f.worker);
    board = app::build_today_board(t.db, clock.now());
    CHECK(board.sessions[0].stage == app::BoardStage::RecordDraft);
    CHECK(board.sessions[0].record_id == record);
    REQUIRE(board.sessions[0].due);
    CHECK(board.sessions[0].due->due_at == kDemoNow + 1h + 24h);
    CHECK(board.due.size() == 1);
}

TEST_CASE("the due list puts overdue records first and can be filtered to one worker") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    core::FixedClock clock(kDemoNow + 56min);
    app::SessionControlService control(t.db, clock);
    control.child_arrived(f.session, f.worker, "Helen");
    control.start(f.session, f.worker);
    clock.advance(59min);
    control.end(f.session, f.worker);
    const auto ended = clock.now();
    CHECK(app::due_records(t.db, ended).at(0).status == core::DueStatus::Due);
    CHECK(app::due_records(t.db, ended + 21h).at(0).status == core::DueStatus::DueSoon);
    CHECK(app::due_records(t.db, ended + 25h).at(0).status == core::DueStatus::Overdue);
    CHECK(app::due_records(t.db, ended, f.worker).size() == 1);
    CHECK(app::due_records(t.db, ended, f.worker + 100).empty());
}

TEST_CASE("what the comfort call and icebreaker learned reaches the board of the child's later sessions") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        store::PlacementRepository placements(t.db);
        const core::Id placement = placements.add(tx, {0, f.child, kDemoNow - 72h, 0});
        core::ComfortCall call;
        call.placement_id = placement;
        call.plan.critical_connection = "Mum";
        call.plan.comfort_item_and_routine = "Blue rabbit; a song before sleep";
        call.plan.allergies_and_medicines = "Inhaler in the bag";
        call.held = true;
        call.held_at = kDemoNow - 60h;
        placements.save_comfort_call(tx, call);
        core::Icebreaker meeting;
        meeting.placement_id = placement;
        meeting.held = true;
        meeting.held_at = kDemoNow - 24h;
        meeting.culture = "Speaks Polish at home";
        placements.save_icebreaker(tx, meeting);
        tx.commit();
    }
    const auto board = app::build_today_board(t.db, kDemoNow);
    REQUIRE(board.sessions.size() == 1);
    const std::string& learned = board.sessions[0].from_placement;
    CHECK(learned.find("Inhaler in the bag") == 0);  // medicines first
    CHECK(learned.find("Blue rabbit") != std::string::npos);
    CHECK(learned.find("Speaks Polish at home") != std::string::npos);
}
