// The outbox as the day's-end sync uses it: batches read in send order while the previous
// one is still on its way, delivered batches settled with one audit row, and payloads kept in
// their own table (schema v6) without losing anything queued before the upgrade.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/migrations.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

namespace {

void queue(store::Database& db, int n, bool fast_lane = false, const std::string& payload = R"({"schema":1})") {
    store::WriteTransaction tx(db, "test", kDemoNow);
    for (int i = 0; i < n; ++i) {
        tx.enqueue({.kind = fast_lane ? "alert" : "check_in", .entity_id = i, .payload = payload, .fast_lane = fast_lane});
    }
    tx.audit("test.queued", "outbox", 0);
    tx.commit();
}

std::vector<std::string> uuids_of(const std::vector<store::OutboxItem>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.uuid);
    return out;
}

}  // namespace

TEST_CASE("the next batch can be read while the previous one is still on its way") {
    TestStore t;
    queue(t.db, 5);
    queue(t.db, 2, /*fast_lane=*/true);
    store::OutboxRepository outbox(t.db);
    const auto first = outbox.next_batch(3);
    REQUIRE(first.size() == 3);
    CHECK(first[0].kind == "alert");
    CHECK(first[1].kind == "alert");
    CHECK(first[2].kind == "check_in");
    // Nothing of the first batch is settled yet, and the second batch does not repeat it.
    store::OutboxCursor cursor;
    for (const auto& item : first) cursor.passed(item);
    const auto second = outbox.next_batch(3, false, cursor);
    REQUIRE(second.size() == 3);
    for (const auto& item : second) {
        CHECK(item.kind == "check_in");
        CHECK(item.id > first.back().id);
    }
    for (const auto& item : second) cursor.passed(item);
    const auto third = outbox.next_batch(3, false, cursor);
    CHECK(third.size() == 1);
    cursor.passed(third.back());
    CHECK(outbox.next_batch(3, false, cursor).empty());
    CHECK(outbox.counts().queued == 7);
}

TEST_CASE("a safeguarding record queued while a batch is on its way goes in the very next batch") {
    TestStore t;
    queue(t.db, 6);
    store::OutboxRepository outbox(t.db);
    store::OutboxCursor cursor;
    const auto first = outbox.next_batch(3);  // on its way, not settled yet
    for (const auto& item : first) cursor.passed(item);
    queue(t.db, 1, /*fast_lane=*/true);  // raised by a worker during the day's-end sync
    const auto next = outbox.next_batch(3, false, cursor);
    REQUIRE(next.size() == 3);
    CHECK(next[0].kind == "alert");
    CHECK(next[1].kind == "check_in");
    CHECK(next[1].id == first.back().id + 1);  // the fourth check-in: none taken twice
    for (const auto& item : next) cursor.passed(item);
    const auto last = outbox.next_batch(3, false, cursor);
    CHECK(last.size() == 1);  // the sixth check-in
    for (const auto& item : last) CHECK(item.kind == "check_in");
}

TEST_CASE("each queued record carries its payload's schema version") {
    TestStore t;
    queue(t.db, 1, false, R"({"schema":3,"x":1})");
    queue(t.db, 1, false, R"({"x":1})");
    queue(t.db, 1, false, "not json at all");
    const auto items = store::OutboxRepository(t.db).next_batch(10);
    REQUIRE(items.size() == 3);
    CHECK(items[0].schema == 3);
    CHECK(items[1].schema == 1);
    CHECK(items[2].schema == 1);  // read as it is; the sync refuses it record by record
    CHECK(items[2].payload == "not json at all");
}

TEST_CASE("a delivered batch is marked sent with one audit row naming its records") {
    TestStore t;
    queue(t.db, 4);
    store::OutboxRepository outbox(t.db);
    const auto items = outbox.next_batch(10);
    const std::int64_t audit_before = store::AuditLog::count(t.db);
    {
        store::WriteTransaction tx(t.db, "sync", kDemoNow);
        outbox.mark_delivered(tx, {items[0].uuid, items[1].uuid, items[2].uuid}, store::Delivery::Stored);
        outbox.mark_delivered(tx, {}, store::Delivery::AlreadyStored);  // nothing: no row
        tx.commit();
    }
    CHECK(outbox.counts().sent == 3);
    CHECK(outbox.counts().queued == 1);
    CHECK(uuids_of(outbox.next_batch(10)) == std::vector<std::string>{items[3].uuid});
    REQUIRE(store::AuditLog::count(t.db) == audit_before + 1);
    const auto row = store::AuditLog::latest(t.db, 1).front();
    CHECK(row.entry.action == "outbox.sent");
    CHECK(row.entry.actor == "sync");
    for (std::size_t i = 0; i < 3; ++i) CHECK(row.entry.detail.find(items[i].uuid) != std::string::npos);
    CHECK(row.entry.detail.find(items[3].uuid) == std::string::npos);
    CHECK(store::AuditLog::verify(t.db).whole);
}

TEST_CASE("records queued before the upgrade that moved payloads apart are still sent whole") {
    kiosk::testing::TempDir dir;
    const store::OpenOptions options{.database_file = dir / "db/k.db", .key_file = dir / "keys/k.key",
                                     .create_if_missing = true, .now = kDemoNow, .migrate = false};
    {
        store::Database old = store::Database::open(options);
        store::migrate_to(old, 5, kDemoNow);
        old.exec("INSERT INTO outbox (uuid, kind, entity_id, created_at, priority, payload) VALUES "
                 "('11111111-1111-4111-8111-111111111111', 'feedback', 7, 1795428300, 0, '{\"schema\":2,\"stars\":3}')");
    }
    store::OpenOptions upgrade = options;
    upgrade.migrate = true;
    store::Database db = store::Database::open(upgrade);
    const auto items = store::OutboxRepository(db).next_batch(10);
    REQUIRE(items.size() == 1);
    CHECK(items[0].uuid == "11111111-1111-4111-8111-111111111111");
    CHECK(items[0].payload == R"({"schema":2,"stars":3})");
    CHECK(items[0].schema == 2);
}
