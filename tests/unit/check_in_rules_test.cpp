#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/check_in_rules.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
// A session at 11:00 UTC on 2026-11-23 (London is on UTC in winter).
const Timestamp kEleven = from_unix(1795431600);
const DayBounds kToday = local_day_bounds(kEleven, "Europe/London");

Session session_at(Timestamp start, SessionState state = SessionState::Booked) {
    Session s;
    s.starts_at = start;
    s.minutes = 60;
    s.state = state;
    s.arrival_windows = {{Party::Carer, start - 25min, start - 10min, 2}, {Party::Family, start - 10min, start, 1}};
    return s;
}
}  // namespace

TEST_CASE("a code works from an hour before the first arrival window until the session ends") {
    const Session s = session_at(kEleven);
    CHECK(code_opens_at(s) == kEleven - 85min);
    CHECK(check_visit_code(s, true, kEleven - 86min, kToday) == CodeStatus::NotOpenYet);
    CHECK(check_visit_code(s, true, kEleven - 85min, kToday) == CodeStatus::Valid);
    CHECK(check_visit_code(s, true, kEleven + 59min, kToday) == CodeStatus::Valid);
    CHECK(check_visit_code(s, true, kEleven + 60min, kToday) == CodeStatus::SessionFinished);
}

TEST_CASE("codes for another day, another venue, an ended or a cancelled session are refused") {
    CHECK(check_visit_code(session_at(kEleven + 24h), true, kEleven, kToday) == CodeStatus::OtherDay);
    CHECK(check_visit_code(session_at(kEleven - 24h), true, kEleven, kToday) == CodeStatus::OtherDay);
    CHECK(check_visit_code(session_at(kEleven), false, kEleven, kToday) == CodeStatus::OtherVenue);
    CHECK(check_visit_code(session_at(kEleven, SessionState::Ended), true, kEleven, kToday) ==
          CodeStatus::SessionFinished);
    CHECK(check_visit_code(session_at(kEleven, SessionState::Cancelled), true, kEleven, kToday) ==
          CodeStatus::SessionCancelled);
    CHECK(check_visit_code(session_at(kEleven, SessionState::InProgress), true, kEleven, kToday) == CodeStatus::Valid);
}

TEST_CASE("a party is early before its window, on time through the grace period, late after it") {
    const Session s = session_at(kEleven);
    const ArrivalWindow& family = *window_for(s, Party::Family);
    CHECK(classify_arrival(family, kEleven - 11min, 15) == ArrivalTiming::Early);
    CHECK(classify_arrival(family, kEleven - 10min, 15) == ArrivalTiming::OnTime);
    CHECK(classify_arrival(family, kEleven + 15min, 15) == ArrivalTiming::OnTime);
    CHECK(classify_arrival(family, kEleven + 15min + 1s, 15) == ArrivalTiming::Late);
    CHECK(classify_arrival(family, kEleven + 5min, 0) == ArrivalTiming::Late);
}
