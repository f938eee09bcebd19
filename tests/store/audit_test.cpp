// Every change writes its audit row in the same transaction, and the chain shows tampering.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

TEST_CASE("each write appends exactly its audit row, naming actor, action and record") {
    TestStore t;
    const auto before = store::AuditLog::count(t.db);
    core::Id venue = 0;
    {
        store::WriteTransaction tx(t.db, "staff:7", kDemoNow);
        venue = store::VenueRepository(t.db).add_venue(tx, {0, "V", "Europe/London", ""});
        tx.commit();
    }
    CHECK(store::AuditLog::count(t.db) == before + 1);
    const auto row = store::AuditLog::latest(t.db, 1).at(0);
    CHECK(row.entry.actor == "staff:7");
    CHECK(row.entry.action == "venue.created");
    CHECK(row.entry.entity_id == venue);
    CHECK(row.entry.at == kDemoNow);
}

TEST_CASE("a change without an audit row cannot be committed") {
    TestStore t;
    store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
    t.db.exec("INSERT INTO device_state VALUES ('x', 'y')");
    CHECK_THROWS_AS(tx.commit(), store::StoreError);
}

TEST_CASE("a transaction that is not committed leaves neither the change nor its audit row") {
    TestStore t;
    const auto before = store::AuditLog::count(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        store::VenueRepository(t.db).add_venue(tx, {0, "Gone", "Europe/London", ""});
    }
    CHECK(store::AuditLog::count(t.db) == before);
    CHECK(store::VenueRepository(t.db).venues().empty());
}

TEST_CASE("the audit table refuses updates and deletes") {
    TestStore t;
    CHECK_THROWS_AS(t.db.exec("UPDATE audit_log SET actor = 'someone else'"), store::StoreError);
    CHECK_THROWS_AS(t.db.exec("DELETE FROM audit_log"), store::StoreError);
}

TEST_CASE("the chain is whole after ordinary work and names the first row that was edited") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    const auto check = store::AuditLog::verify(t.db);
    CHECK(check.whole);
    CHECK(check.rows == store::AuditLog::count(t.db));
    CHECK(store::AuditLog::head(t.db).size() == 64);

    // An insider with the key drops the guard and rewrites history.
    t.db.exec("DROP TRIGGER audit_log_no_update");
    t.db.exec("UPDATE audit_log SET actor = 'staff:99' WHERE seq = 4");
    const auto tampered = store::AuditLog::verify(t.db);
    CHECK_FALSE(tampered.whole);
    CHECK(tampered.first_bad_seq == 4);
}

TEST_CASE("a deleted audit row breaks the chain at the row after it") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    t.db.exec("DROP TRIGGER audit_log_no_delete");
    t.db.exec("DELETE FROM audit_log WHERE seq = 3");
    const auto check = store::AuditLog::verify(t.db);
    CHECK_FALSE(check.whole);
    CHECK(check.first_bad_seq == 4);
}

TEST_CASE("two audit rows swapped into each other's place break the chain at the first of them") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    REQUIRE(store::AuditLog::count(t.db) >= 5);
    // Each row keeps its own fields and hashes; only their order changes.
    t.db.exec("DROP TRIGGER audit_log_no_update");
    t.db.exec("UPDATE audit_log SET seq = -1 WHERE seq = 3");
    t.db.exec("UPDATE audit_log SET seq = 3 WHERE seq = 4");
    t.db.exec("UPDATE audit_log SET seq = 4 WHERE seq = -1");
    const auto check = store::AuditLog::verify(t.db);
    CHECK_FALSE(check.whole);
    CHECK(check.first_bad_seq == 3);
}
