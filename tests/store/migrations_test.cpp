// Schema migrations: from an empty file and from every earlier version that exists.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/migrations.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

namespace {
// The schema as SQLite describes it: every table, index and trigger with its SQL.
std::string schema_of(store::Database& db) {
    std::string out;
    store::Statement s(db.handle(),
                       "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    while (s.step()) out += s.text(0) + " " + s.text(1) + ": " + s.text(2) + "\n";
    return out;
}
}  // namespace

TEST_CASE("migration versions are numbered 1, 2, 3 ... without gaps") {
    int expected = 1;
    for (const auto& migration : store::all_migrations()) {
        CHECK(migration.version == expected);
        CHECK_FALSE(migration.sql.empty());
        ++expected;
    }
    CHECK(store::latest_schema_version() == expected - 1);
}

TEST_CASE("a new database is at the latest version with every table of the domain") {
    TestStore t;
    const std::string schema = schema_of(t.db);
    for (const char* table : {"venues", "rooms", "children", "family_adults", "carers", "referrals",
                              "risk_assessments", "agreements", "agreement_versions", "agreement_rules",
                              "approved_attendees", "sessions", "arrival_windows", "check_ins",
                              "observation_records", "record_sections", "record_timeline", "record_addenda",
                              "feedback", "staff", "alerts", "audit_log", "outbox", "device_state",
                              "record_reviews", "concerns"}) {
        INFO(table);
        CHECK(schema.find(std::string("table ") + table + ":") != std::string::npos);
    }
}

TEST_CASE("upgrading from every earlier version gives the same schema as a fresh database") {
    TestStore fresh;
    const std::string expected = schema_of(fresh.db);
    for (int start = 0; start < store::latest_schema_version(); ++start) {
        INFO("starting from version " << start);
        kiosk::testing::TempDir dir;
        const store::OpenOptions options{.database_file = dir / "db/k.db", .key_file = dir / "keys/k.key",
                                         .create_if_missing = true, .now = kDemoNow, .migrate = false};
        {
            store::Database old = store::Database::open(options);
            store::migrate_to(old, start, kDemoNow);
            CHECK(old.schema_version() == start);
        }
        store::OpenOptions upgrade = options;
        upgrade.migrate = true;
        store::Database upgraded = store::Database::open(upgrade);
        CHECK(upgraded.schema_version() == store::latest_schema_version());
        CHECK(schema_of(upgraded) == expected);
        CHECK(store::AuditLog::verify(upgraded).whole);
    }
}

TEST_CASE("each migration appends an audit row in its own transaction") {
    TestStore t;
    const auto rows = store::AuditLog::latest(t.db, 100);
    int migrations = 0;
    for (const auto& row : rows) {
        if (row.entry.action == "schema.migrated") ++migrations;
    }
    CHECK(migrations == store::latest_schema_version());
    CHECK(store::AuditLog::verify(t.db).whole);
}

TEST_CASE("running the migrations again changes nothing") {
    TestStore t;
    const std::string before = schema_of(t.db);
    const auto audit_rows = store::AuditLog::count(t.db);
    store::migrate_to_latest(t.db, kDemoNow);
    CHECK(schema_of(t.db) == before);
    CHECK(store::AuditLog::count(t.db) == audit_rows);
}
