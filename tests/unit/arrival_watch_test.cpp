// The arrival watch's rules (issue #16, item 8): when a party is overdue, when a session may be
// a no-show, and when the window must next wake to look.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/arrival_watch.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {

const Timestamp kTen = from_unix(1795428000);  // 2026-11-23 10:00 UTC (London, winter)

// A 10:00 session: the carer brings the child 09:30-09:45, the family 09:45-10:05.
Session staggered() {
    Session s;
    s.id = 7;
    s.starts_at = kTen;
    s.arrival_windows = {{Party::Carer, kTen - 30min, kTen - 15min, 2}, {Party::Family, kTen - 15min, kTen + 5min, 1}};
    return s;
}

}  // namespace

TEST_CASE("a party is overdue once its window and the grace period have passed without it") {
    struct Case {
        const char* what;
        Timestamp now;
        ArrivedParties arrived;
        SessionState state;
        std::vector<AlertKind> kinds;
        std::vector<Party> parties;  // of the NotArrived alerts, in window order
    };
    const int grace = 15;  // carer overdue after 10:00, family after 10:20
    const std::vector<Case> cases{
        {"before any deadline", kTen - 20min, {}, SessionState::Booked, {}, {}},
        {"the carer's deadline minute itself is still grace", kTen, {}, SessionState::Booked, {}, {}},
        {"a second later the child is overdue", kTen + 1s, {}, SessionState::Booked, {AlertKind::NotArrived}, {Party::Carer}},
        {"the child came; the family is not due yet", kTen + 10min, {false, true}, SessionState::ChildArrived, {}, {}},
        {"the child came; the family is overdue", kTen + 21min, {false, true}, SessionState::ChildArrived,
         {AlertKind::NotArrived}, {Party::Family}},
        {"the family came; the child is overdue", kTen + 21min, {true, false}, SessionState::ParentArrived,
         {AlertKind::NotArrived}, {Party::Carer}},
        {"nobody came: both overdue and a no-show", kTen + 21min, {}, SessionState::Booked,
         {AlertKind::NotArrived, AlertKind::NotArrived, AlertKind::NoShow}, {Party::Carer, Party::Family}},
        {"everyone here", kTen + 21min, {true, true}, SessionState::ChildArrived, {}, {}},
        {"under way: nobody is late for it", kTen + 21min, {}, SessionState::InProgress, {}, {}},
        {"cancelled", kTen + 21min, {}, SessionState::Cancelled, {}, {}},
        {"already recorded as a no-show", kTen + 21min, {}, SessionState::NoShow, {}, {}},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        Session s = staggered();
        s.state = c.state;
        const auto due = arrival_alerts_due(s, c.arrived, c.now, grace);
        std::vector<AlertKind> kinds;
        std::vector<Party> parties;
        for (const auto& a : due) {
            kinds.push_back(a.kind);
            if (a.party) parties.push_back(*a.party);
            CHECK(a.overdue_at < c.now);
        }
        CHECK(kinds == c.kinds);
        CHECK(parties == c.parties);
    }
}

TEST_CASE("a session without arrival windows expects the family and the child by its start plus grace") {
    Session s;
    s.starts_at = kTen;
    const auto deadlines = arrival_deadlines(s, 10);
    REQUIRE(deadlines.size() == 2);
    CHECK(deadlines[0].overdue_at == kTen + 10min);
    CHECK(deadlines[1].overdue_at == kTen + 10min);
    CHECK(arrival_alerts_due(s, {}, kTen + 10min, 10).empty());
    CHECK(arrival_alerts_due(s, {}, kTen + 11min, 10).size() == 3);  // two parties and the no-show
    // A negative grace (a bad row) counts as none, never as an earlier deadline.
    CHECK(arrival_deadlines(s, -30)[0].overdue_at == kTen);
}

TEST_CASE("the watch wakes a second after the next deadline of a party still expected") {
    Session s = staggered();
    CHECK(next_arrival_deadline(s, {}, kTen - 20min, 15) == kTen + 1s);
    CHECK(next_arrival_deadline(s, {}, kTen + 5min, 15) == kTen + 20min + 1s);
    CHECK(next_arrival_deadline(s, {false, true}, kTen - 20min, 15) == kTen + 20min + 1s);  // the child is here
    CHECK_FALSE(next_arrival_deadline(s, {}, kTen + 21min, 15));  // every deadline passed
    s.state = SessionState::InProgress;
    CHECK_FALSE(next_arrival_deadline(s, {}, kTen - 20min, 15));
}

TEST_CASE("who has arrived, as the session's day shows it") {
    Session s = staggered();
    CHECK_FALSE(arrived_from_session(s).family);
    CHECK_FALSE(arrived_from_session(s).child);
    s.state = SessionState::ChildArrived;
    s.brought_by = "Helen (carer)";
    CHECK(arrived_from_session(s).child);
    CHECK_FALSE(arrived_from_session(s).family);
    s.state = SessionState::ParentArrived;  // the parent came after the child: both are here
    CHECK(arrived_from_session(s).family);
    CHECK(arrived_from_session(s).child);
    s.state = SessionState::Ended;
    CHECK(arrived_from_session(s).family);  // a closed session waits for nobody
}
