// Schema v23 and v24 (issue #16 in the venue): a call's events and a letterbox item waiting for a
// check travel. The upgrade gives existing call events a UUID and puts them, and the items still
// waiting, in the replication journal; the locks stay, and the one way through a decided item's
// lock is the permit a pull holds while it takes the hub's first decision in place of this device's.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/migrations.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::raw_sql_error;

namespace {
std::int64_t scalar(store::Database& db, const std::string& sql) {
    auto q = db.cached(sql);
    q.step();
    return q.int64(0);
}
}  // namespace

TEST_CASE("the upgrade to v24 sends a device's earlier call events and waiting letterbox items, and keeps their locks") {
    kiosk::testing::TempDir dir;
    const store::OpenOptions options{.database_file = dir / "db/k.db", .key_file = dir / "keys/k.key",
                                     .create_if_missing = true, .now = kDemoNow, .migrate = false};
    kiosk::testing::SampleFamily f;
    {
        store::Database old = store::Database::open(options);
        store::migrate_to(old, 22, kDemoNow);
        f = kiosk::testing::add_sample_family(old);
        const std::string s = std::to_string(f.session), w = std::to_string(f.worker), c = std::to_string(f.child);
        old.exec("INSERT INTO call_events (id, session_id, at, party, event, recorded_by) VALUES (1, " + s +
                 ", 1795428300, 'family', 'joined', " + w + "), (2, " + s + ", 1795428900, 'family', 'dropped', " + w + ")");
        old.exec("INSERT INTO letterbox_items (id, child_id, direction, kind, from_whom, description, received_at, logged_by) "
                 "VALUES (5, " + c + ", 'to_child', 'card', 'Nan', 'A card', 1795428300, " + w + "), "
                 "(6, " + c + ", 'to_child', 'letter', 'Nan', 'A letter', 1795428300, " + w + ")");
        old.exec("UPDATE letterbox_items SET decision = 'held', reason = 'It names the street', checked_by = " + w +
                 ", decided_at = 1795428400 WHERE id = 6");
        old.exec("DELETE FROM replication_journal");
    }
    store::OpenOptions upgrade = options;
    upgrade.migrate = true;
    store::Database db = store::Database::open(upgrade);
    CHECK(scalar(db, "SELECT count(*) FROM call_events WHERE length(uuid) = 36") == 2);
    CHECK(scalar(db, "SELECT count(DISTINCT uuid) FROM call_events") == 2);
    CHECK(scalar(db, "SELECT count(*) FROM replication_journal WHERE kind = 'call_event'") == 2);
    // The waiting item goes; the decided one is a record and went (or goes) through the outbox.
    CHECK(scalar(db, "SELECT count(*) FROM replication_journal WHERE kind = 'letterbox_item' AND entity_id = 5") == 1);
    CHECK(scalar(db, "SELECT count(*) FROM replication_journal WHERE kind = 'letterbox_item'") == 1);

    // A call event written now gets its UUID and its journal row; none can be changed.
    db.exec("INSERT INTO call_events (session_id, at, party, event, recorded_by) VALUES (" + std::to_string(f.session) +
            ", 1795429000, 'family', 'joined', " + std::to_string(f.worker) + ")");
    CHECK(scalar(db, "SELECT count(*) FROM call_events WHERE uuid IS NULL") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM replication_journal WHERE kind = 'call_event'") == 3);
    CHECK(raw_sql_error(db, "UPDATE call_events SET event = 'left' WHERE id = 2") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(db, "UPDATE call_events SET uuid = 'x' WHERE id = 2") == store::StoreErrorKind::Refused);

    // A decided item stays locked; the decision permit lets only a decision through, not the words.
    CHECK(raw_sql_error(db, "UPDATE letterbox_items SET decision = 'forwarded', reason = '' WHERE id = 6") ==
          store::StoreErrorKind::Refused);
    db.exec("INSERT INTO letterbox_decision_permits (item_id) VALUES (6)");
    CHECK(raw_sql_error(db, "UPDATE letterbox_items SET description = 'Changed' WHERE id = 6") ==
          store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(db, "UPDATE letterbox_items SET decision = 'waiting', checked_by = NULL, decided_at = NULL "
                            "WHERE id = 6") == store::StoreErrorKind::Refused);
    db.exec("UPDATE letterbox_items SET decision = 'forwarded', reason = '', checks_passed = 'no_promises', "
            "decided_at = 1795428350 WHERE id = 6");
    db.exec("DELETE FROM letterbox_decision_permits");
    CHECK(scalar(db, "SELECT count(*) FROM letterbox_items WHERE id = 6 AND decision = 'forwarded'") == 1);
    CHECK(store::AuditLog::verify(db).whole);
}
