// The arrival watch (issue #16, item 8): staff are alerted when a party's window and grace have
// passed with nobody of it there, and when nobody came at all; each alert once, in the fast lane.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/staff/arrival_watch.hpp"
#include "kiosk/app/staff/session_control_service.hpp"
#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

namespace {

// The sample session starts at 11:00; the carer brings the child 10:35-10:50, the family comes
// 10:50-11:15, with the agreement's 15 minutes' grace: the child is overdue after 11:05, the
// family after 11:30.
const core::Timestamp k1100 = kDemoNow + 55min;

std::vector<std::string> open_alerts(store::Database& db) {
    std::vector<std::string> out;
    for (const auto& a : store::AlertRepository(db).open_alerts()) {
        out.push_back(std::string(core::to_string(a.kind)) + " " + a.detail);
    }
    return out;
}

}  // namespace

TEST_CASE("the watch alerts staff when the child is overdue, once, and when nobody came at all") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    auto result = app::watch_arrivals(t.db, k1100);
    CHECK(result.raised == 0);
    CHECK(result.next_check == k1100 + 5min + 1s);

    result = app::watch_arrivals(t.db, k1100 + 6min);
    CHECK(result.raised == 1);
    CHECK(result.next_check == k1100 + 30min + 1s);
    CHECK(open_alerts(t.db) == std::vector<std::string>{"not_arrived staff.alert_detail.child_not_arrived"});
    // In the fast lane, like the lobby's alerts, with no name in it.
    const auto fast = store::OutboxRepository(t.db).next_batch(10, true);
    REQUIRE(fast.size() == 1);
    CHECK(fast[0].kind == "alert");
    CHECK(fast[0].payload.find(kiosk::testing::kSampleChildName) == std::string::npos);
    // The board shows it on the session's row.
    const auto board = app::build_today_board(t.db, k1100 + 6min);
    REQUIRE(board.sessions.size() == 1);
    REQUIRE(board.sessions[0].alerts.size() == 1);
    CHECK(board.sessions[0].alerts[0].kind == core::AlertKind::NotArrived);

    // Once: neither looking again nor acknowledging it raises it again.
    CHECK(app::watch_arrivals(t.db, k1100 + 7min).raised == 0);
    core::FixedClock clock(k1100 + 8min);
    app::acknowledge_alert(t.db, clock, board.sessions[0].alerts[0].id, f.worker);
    CHECK(app::watch_arrivals(t.db, k1100 + 9min).raised == 0);

    // 11:31: the family is overdue too, and nobody at all has come.
    result = app::watch_arrivals(t.db, k1100 + 31min);
    CHECK(result.raised == 2);
    CHECK_FALSE(result.next_check);
    CHECK(open_alerts(t.db) == std::vector<std::string>{"not_arrived staff.alert_detail.family_not_arrived",
                                                         "no_show staff.alert_detail.no_show"});
}

TEST_CASE("a party that arrived, however it was seen, is not alerted") {
    SECTION("the worker marked the parent, then the child, as arrived") {
        TestStore t;
        const auto f = kiosk::testing::add_sample_family(t.db);
        core::FixedClock clock(k1100 - 20min);
        app::SessionControlService control(t.db, clock);
        control.parent_arrived(f.session, f.worker);
        control.child_arrived(f.session, f.worker, "Helen (carer)");  // the state now says only "child arrived"
        CHECK(app::watch_arrivals(t.db, k1100 + 31min).raised == 0);
    }
    SECTION("the carer brought the child; the family came late and the lobby sent them to staff") {
        TestStore t;
        const auto f = kiosk::testing::add_sample_family(t.db);
        core::FixedClock clock(k1100 - 15min);
        app::SessionControlService control(t.db, clock);
        control.child_arrived(f.session, f.worker, "Helen (carer)");
        {
            const core::Alert late{0, core::AlertKind::LateArrival, f.session, k1100 + 25min,
                                   "staff.alert_detail.late_arrival", 0, std::nullopt};
            store::WriteTransaction tx(t.db, "lobby", late.raised_at);
            store::AlertRepository(t.db).raise(tx, late, "{}");
            tx.commit();
        }
        CHECK(app::watch_arrivals(t.db, k1100 + 31min).raised == 0);
        CHECK(open_alerts(t.db) == std::vector<std::string>{"late_arrival staff.alert_detail.late_arrival"});
    }
    SECTION("the session started: nobody is late for it any more") {
        TestStore t;
        const auto f = kiosk::testing::add_sample_family(t.db);
        core::FixedClock clock(k1100 - 15min);
        app::SessionControlService control(t.db, clock);
        control.child_arrived(f.session, f.worker, "Helen (carer)");
        control.start(f.session, f.worker);
        CHECK(app::watch_arrivals(t.db, k1100 + 31min).raised == 0);
    }
}

TEST_CASE("the staff face's watcher looks once a minute and wakes for the next deadline") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    core::FixedClock clock(k1100 + 4min + 30s);
    app::ArrivalWatcher watcher(t.db, clock);
    CHECK_FALSE(watcher.wake_at());  // looks at the first frame
    CHECK(watcher.look_if_due() == 0);
    CHECK(watcher.wake_at() == k1100 + 5min + 1s);  // the child's deadline comes before the minute
    clock.advance(20s);
    CHECK(watcher.look_if_due() == 0);  // not due yet: nothing read
    clock.set(k1100 + 5min + 1s);
    CHECK(watcher.look_if_due() == 1);
    CHECK(watcher.wake_at() == k1100 + 6min + 1s);  // then once a minute
}
