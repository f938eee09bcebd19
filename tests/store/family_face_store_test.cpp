// What the lobby stores beyond the first schema: activities done per session, and the
// wrong-code lock that must survive a restart.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/lobby_lock_repository.hpp"
#include "kiosk/store/session_activity_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

namespace {

core::Id add_past_session(store::Database& db, const kiosk::testing::SampleFamily& f, core::Timestamp starts,
                          const std::string& code, core::SessionState state) {
    store::WriteTransaction tx(db, "system:test", kDemoNow);
    core::Session s;
    s.agreement_version_id = f.version;
    s.child_id = f.child;
    s.room_id = f.room;
    s.starts_at = starts;
    s.visit_code = code;
    s.state = state;
    const core::Id id = store::SessionRepository{db}.add(tx, s);
    tx.commit();
    return id;
}

void note_activity(store::Database& db, core::Id session, const std::string& activity) {
    store::WriteTransaction tx(db, "staff:1", kDemoNow);
    store::SessionActivityRepository{db}.add(tx, session, activity);
    tx.commit();
}

}  // namespace

TEST_CASE("recent activities come from the child's last three sessions that took place") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const auto weeks_ago = [](int n) { return kDemoNow - std::chrono::days{7 * n}; };
    const core::Id four = add_past_session(t.db, f, weeks_ago(4), "AAAAA3", core::SessionState::Ended);
    const core::Id three = add_past_session(t.db, f, weeks_ago(3), "AAAAA4", core::SessionState::Ended);
    const core::Id cancelled = add_past_session(t.db, f, weeks_ago(2) + 1h, "AAAAA6", core::SessionState::Cancelled);
    const core::Id two = add_past_session(t.db, f, weeks_ago(2), "AAAAA7", core::SessionState::Ended);
    const core::Id one = add_past_session(t.db, f, weeks_ago(1), "AAAAA9", core::SessionState::EndedEarly);
    note_activity(t.db, four, "too_old");
    note_activity(t.db, three, "puppets");
    note_activity(t.db, cancelled, "never_happened");
    note_activity(t.db, two, "lego");
    note_activity(t.db, one, "puppets");
    note_activity(t.db, one, "drawing");
    note_activity(t.db, f.session, "today_not_before_now");  // starts after now

    const auto recent = store::SessionActivityRepository{t.db}.recent_for_child(f.child, kDemoNow);
    CHECK(recent == std::vector<std::string>{"drawing", "lego", "puppets"});
}

TEST_CASE("the lobby lock reads back after the database is closed and opened again") {
    TestStore t;
    const core::LobbyLockState locked{0, kDemoNow + 120s, kDemoNow};
    {
        store::WriteTransaction tx(t.db, "lobby", kDemoNow);
        store::LobbyLockRepository{t.db}.save(tx, locked);
        tx.commit();
    }
    store::Database reopened = t.open();
    const auto back = store::LobbyLockRepository{reopened}.load();
    CHECK(back.locked_until == locked.locked_until);
    CHECK(core::is_locked(back, kDemoNow + 119s));
    CHECK(store::AuditLog::verify(reopened).whole);
}

TEST_CASE("a database with no lock history has an open keypad") {
    TestStore t;
    const auto state = store::LobbyLockRepository{t.db}.load();
    CHECK(state.consecutive_wrong == 0);
    CHECK_FALSE(core::is_locked(state, kDemoNow));
}
