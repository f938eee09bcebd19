// The rules behind the coordinator's week-finishing actions (core/coordinator_actions) and the
// time of day typed into their forms.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/coordinator_actions.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using core::ActionProblem;

TEST_CASE("a time of day is HH:MM on the 24-hour clock") {
    REQUIRE(core::parse_time_of_day("14:30"));
    CHECK(core::parse_time_of_day("14:30")->hour == 14);
    CHECK(core::parse_time_of_day("14:30")->minute == 30);
    CHECK(core::parse_time_of_day("9:05")->hour == 9);
    for (const char* bad : {"", "24:00", "12:60", "noon", "12:30pm", "12", "12:30 ", "-1:00"}) {
        INFO(bad);
        CHECK_FALSE(core::parse_time_of_day(bad));
    }
}

TEST_CASE("a reason has words, no hidden characters, and a sane length") {
    CHECK_FALSE(core::check_reason("Off sick."));
    CHECK(core::check_reason(" \n\t") == ActionProblem::ReasonMissing);
    CHECK(core::check_reason("a\x01" "b") == ActionProblem::BadText);
    CHECK(core::check_reason(std::string(2001, 'a')) == ActionProblem::BadText);
}

TEST_CASE("only a draft goes to another active contact worker") {
    core::ObservationRecord draft;
    draft.author_id = 1;
    const core::StaffMember sam{2, "Sam", core::Role::Worker, true};
    CHECK(core::check_handover(draft, 1, sam, "Off sick").empty());
    CHECK(core::check_handover(draft, 2, sam, "Off sick") == std::vector{ActionProblem::SameHolder});
    CHECK(core::check_handover(draft, 1, {2, "Sam", core::Role::Worker, false}, "x") == std::vector{ActionProblem::CannotWrite});
    CHECK(core::check_handover(draft, 1, {3, "Alex", core::Role::Coordinator, true}, "x") ==
          std::vector{ActionProblem::CannotWrite});
    draft.state = core::RecordState::Final;
    CHECK(core::check_handover(draft, 1, sam, "x") == std::vector{ActionProblem::NotADraft});
}

TEST_CASE("a booked session still to come may be cancelled or moved to another time still to come") {
    const core::Timestamp now = core::from_unix(1'800'000'000);
    core::Session s;
    s.starts_at = now + 24h;
    CHECK(core::check_cancel(s, now, "Room flooded").empty());
    CHECK(core::check_move(s, now + 48h, now, "Dad works Mondays").empty());
    CHECK(core::check_move(s, now - 1h, now, "x") == std::vector{ActionProblem::NewTimeInPast});
    CHECK(core::check_move(s, s.starts_at, now, "x") == std::vector{ActionProblem::SameTime});
    s.starts_at = now - 1min;
    CHECK(core::check_cancel(s, now, "x") == std::vector{ActionProblem::AlreadyStarted});
    s.state = core::SessionState::Cancelled;
    CHECK(core::check_cancel(s, now, "") == std::vector{ActionProblem::NotBooked, ActionProblem::ReasonMissing});
}

TEST_CASE("a placement is recorded once it happened, within two weeks; nobody deactivates the last coordinator") {
    const core::Timestamp now = core::from_unix(1'800'000'000);
    CHECK(core::check_new_placement(now - 1h, now).empty());
    CHECK(core::check_new_placement(now + 1min, now) == std::vector{ActionProblem::PlacedInFuture});
    CHECK(core::check_new_placement(now - 24h * 15, now) == std::vector{ActionProblem::PlacedTooLongAgo});
    const core::StaffMember alex{1, "Alex", core::Role::Coordinator, true};
    CHECK(core::check_deactivate(alex, 2, 2).empty());
    CHECK(core::check_deactivate(alex, 2, 1) == std::vector{ActionProblem::LastCoordinator});
    CHECK(core::check_deactivate(alex, 1, 2) == std::vector{ActionProblem::Yourself});
    core::Referral closed;
    closed.status = core::ReferralStatus::Closed;
    CHECK(core::check_close_referral(closed, "x") == std::vector{ActionProblem::AlreadyClosed});
}
