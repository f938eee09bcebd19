#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/placement_transition.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
const std::string kLondon = "Europe/London";
}

TEST_CASE("the comfort call is due 24 hours after the placement, across a clock change") {
    const Timestamp placed = local_to_utc("2026-03-28", 18, 0, kLondon);  // the evening before clocks go forward
    CHECK(to_iso8601(comfort_call_due(placed)) == "2026-03-29T18:00:00Z");
    CHECK(local_hhmm(comfort_call_due(placed), kLondon) == "19:00");
}

TEST_CASE("the icebreaker is due by the end of the seventh calendar day, weekends included") {
    const Timestamp placed = local_to_utc("2026-11-27", 16, 30, kLondon);  // a Friday
    const Timestamp due = icebreaker_due(placed, kLondon);
    CHECK(local_date(due - 1s, kLondon) == "2026-12-04");
    CHECK(local_hhmm(due, kLondon) == "00:00");
}

TEST_CASE("a deadline is due, due today, overdue or done") {
    const Timestamp due = local_to_utc("2026-11-24", 15, 0, kLondon);
    CHECK(deadline_state(due, local_to_utc("2026-11-23", 9, 0, kLondon), false, kLondon) == DeadlineState::Due);
    CHECK(deadline_state(due, local_to_utc("2026-11-24", 9, 0, kLondon), false, kLondon) == DeadlineState::DueToday);
    CHECK(deadline_state(due, due, false, kLondon) == DeadlineState::Overdue);
    CHECK(deadline_state(due, due + 24h, true, kLondon) == DeadlineState::Done);
}
