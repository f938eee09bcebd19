#include <catch2/catch_test_macros.hpp>

#include <vector>

#include "kiosk/core/idle_lock.hpp"
#include "kiosk/core/safeguarding.hpp"
#include "kiosk/core/session_control.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

TEST_CASE("every ended-early reason has a label and a stable name") {
    for (EndedEarlyReason reason : ended_early_reasons()) {
        CHECK_FALSE(reason_label(reason).empty());
        CHECK(parse_ended_early_reason(to_string(reason)) == reason);
    }
    CHECK_FALSE(parse_ended_early_reason("bored").has_value());
}

TEST_CASE("'other' needs words; a listed reason does not") {
    CHECK(check_ended_early(EndedEarlyReason::Other, "  ").has_value());
    CHECK_FALSE(check_ended_early(EndedEarlyReason::Other, "Fire alarm test ran long.").has_value());
    CHECK_FALSE(check_ended_early(EndedEarlyReason::ChildDistressed, "").has_value());
}

TEST_CASE("departure follows leave order with the wait between parties") {
    const Timestamp t = from_unix(1795428300);
    const std::vector<ArrivalWindow> windows{{Party::Carer, t, t, 2}, {Party::Family, t, t, 1}};
    const auto plan = departure_plan(windows, 15min);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].party == Party::Family);
    CHECK(plan[0].wait_before == 0min);
    CHECK(plan[1].party == Party::Carer);
    CHECK(plan[1].wait_before == 15min);
    CHECK(departure_plan(std::vector<ArrivalWindow>{}).empty());
}

TEST_CASE("the staff face locks after two minutes without a touch, or when the clock jumps back") {
    const Timestamp touch = from_unix(1795428300);
    CHECK_FALSE(idle_lock_due(touch, touch + 119s));
    CHECK(idle_lock_due(touch, touch + 120s));
    CHECK(idle_lock_due(touch, touch - 1s));
}

TEST_CASE("concern severities round-trip by name") {
    for (ConcernSeverity s : {ConcernSeverity::Low, ConcernSeverity::Medium, ConcernSeverity::High,
                              ConcernSeverity::ImmediateDanger}) {
        CHECK(parse_concern_severity(to_string(s)) == s);
    }
    CHECK_FALSE(parse_concern_severity("severe").has_value());
}
