// Global identity and the replication journal in the store (schema v13/v14, issue #13): every
// replicated row has its own UUID whatever version it was made at; every write path of a
// replicated table journals its entity, a pull's writes and a purge's do not; a pulled row is
// found by UUID, never by an integer id; receipts let the purge go on.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <set>

#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/migrations.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/pull_apply_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/replication_journal.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;

namespace {
const std::vector<std::string> kUuidTables{
    "venues",   "rooms",      "staff",          "children",       "family_adults",       "referrals",
    "risk_assessments", "agreements", "agreement_versions", "sessions", "check_ins",  "observation_records",
    "record_addenda", "record_reviews", "feedback", "alerts", "concerns", "placements", "comfort_calls",
    "icebreakers", "missed_sessions", "case_flags", "record_handovers", "session_changes"};

std::int64_t count(store::Database& db, const std::string& sql) {
    auto q = db.cached(sql);
    q.step();
    return q.int64(0);
}

// Rows in every table that exists at `version`, written as that version's code wrote them.
void add_rows_as_of(store::Database& db, int version) {
    db.exec("INSERT INTO venues (id, name, time_zone) VALUES (1, 'Test', 'Europe/London');"
            "INSERT INTO rooms (id, venue_id, name) VALUES (1, 1, 'Blue');"
            "INSERT INTO children (id, first_name, date_of_birth) VALUES (1, 'Zephyrine', '2019-01-01');"
            "INSERT INTO family_adults (id, child_id, first_name, relationship) VALUES (1, 1, 'Sarah', 'Mum');"
            "INSERT INTO staff (id, display_name, role) VALUES (1, 'Jo', 'worker');"
            "INSERT INTO referrals (id, child_id, social_worker, received_at) VALUES (1, 1, 'SW', 0);"
            "INSERT INTO risk_assessments (id, referral_id, assessed_by, assessed_at, recommended_level, chosen_level) "
            "  VALUES (1, 1, 1, 0, 'supervised', 'supervised');"
            "INSERT INTO agreements (id, child_id, created_at) VALUES (1, 1, 0);"
            "INSERT INTO agreement_versions (id, agreement_id, version, effective_from, supervision_level, "
            "  session_minutes, review_date) VALUES (1, 1, 1, 0, 'supervised', 60, '2027-01-01');"
            "INSERT INTO sessions (id, agreement_version_id, child_id, room_id, starts_at, minutes, visit_code) "
            "  VALUES (1, 1, 1, 1, 0, 60, 'KT4MPX'), (2, 1, 1, 1, 0, 60, 'KT4MPY');"
            "INSERT INTO check_ins (id, session_id, adult_id, party, at) VALUES (1, 1, 1, 'family', 0);"
            "INSERT INTO observation_records (id, session_id, author_id, state, created_at) VALUES (1, 1, 1, 'draft', 0);"
            "UPDATE observation_records SET state = 'final' WHERE id = 1;"
            "INSERT INTO record_addenda (id, record_id, author_id, at, text) VALUES (1, 1, 1, 0, 'later');"
            "INSERT INTO feedback (id, session_id, at) VALUES (1, 1, 0);"
            "INSERT INTO alerts (id, kind, raised_at) VALUES (1, 'late_arrival', 0);");
    if (version >= 2) {
        db.exec("INSERT INTO concerns (id, session_id, raised_by, raised_at, severity, text) "
                "  VALUES (1, 1, 1, 0, 'low', 'seen');"
                "INSERT INTO record_reviews (record_id, reviewed_by, reviewed_at) VALUES (1, 1, 0);");
    }
    if (version >= 4) {
        db.exec("INSERT INTO placements (id, child_id, placed_at) VALUES (1, 1, 0);"
                "INSERT INTO comfort_calls (id, placement_id) VALUES (1, 1);"
                "INSERT INTO icebreakers (id, placement_id) VALUES (1, 1);"
                "INSERT INTO missed_sessions (id, session_id, kind, who, reason, recorded_by, recorded_at) "
                "  VALUES (1, 2, 'no_show', 'Mum', 'ill', 1, 0);"
                "INSERT INTO case_flags (id, child_id, kind, raised_at) VALUES (1, 1, 'missed_run', 0);");
    }
    if (version >= 12) {
        // Issue #15's week actions: a draft handed over, a session cancelled, a referral closed and
        // the case flag resolved (after which v12 locks it).
        db.exec("INSERT INTO observation_records (id, session_id, author_id, state, created_at) VALUES (2, 2, 1, 'draft', 0);"
                "INSERT INTO staff (id, display_name, role) VALUES (2, 'Sam', 'worker');"
                "INSERT INTO record_handovers (id, record_id, from_staff, to_staff, by_staff, at, reason) "
                "  VALUES (1, 2, 1, 2, 1, 0, 'off sick');"
                "INSERT INTO record_writers (record_id, part, staff_id, first_at, last_at) VALUES (2, 'timeline', 1, 0, 0);"
                "INSERT INTO session_changes (id, session_id, kind, reason, by_staff, at) VALUES (1, 2, 'cancelled', 'ill', 1, 0);"
                "INSERT INTO referral_closures (referral_id, closed_by, closed_at, reason) VALUES (1, 1, 0, 'moved away');"
                "UPDATE case_flags SET resolved_at = 0, resolved_by = 1, resolution = 'talked it through' WHERE id = 1;");
    }
}

std::string journal_kinds(store::Database& db) {
    std::string out;
    auto q = db.cached("SELECT kind FROM replication_journal ORDER BY seq");
    while (q.step()) out += q.text(0) + " ";
    return out;
}
}  // namespace

TEST_CASE("upgrading from every earlier version gives every replicated row a UUID of its own") {
    // Up to main's v12 (issue #15's week actions), the last version before the identity (v13).
    for (int start = 1; start <= 12; ++start) {
        INFO("starting from version " << start);
        TempDir dir;
        const store::OpenOptions options{.database_file = dir / "db/k.db", .key_file = dir / "keys/k.key",
                                         .create_if_missing = true, .now = kDemoNow, .migrate = false};
        {
            store::Database old = store::Database::open(options);
            store::migrate_to(old, start, kDemoNow);
            add_rows_as_of(old, start);
        }
        store::OpenOptions upgrade = options;
        upgrade.migrate = true;
        store::Database db = store::Database::open(upgrade);
        std::set<std::string> seen;
        for (const auto& table : kUuidTables) {
            INFO(table);
            auto q = db.cached("SELECT uuid FROM " + table);
            while (q.step()) {
                REQUIRE_FALSE(q.is_null(0));
                const std::string uuid = q.text(0);
                // Version 4, lower-case, and never the same twice.
                CHECK(uuid.size() == 36);
                CHECK(uuid[14] == '4');
                CHECK(std::string("89ab").find(uuid[19]) != std::string::npos);
                CHECK(uuid == [&] { std::string l = uuid; for (auto& c : l) c = static_cast<char>(std::tolower(c)); return l; }());
                CHECK(seen.insert(uuid).second);
            }
        }
        CHECK(seen.size() >= 16);
        // Rows made before the upgrade are not sent anywhere by it.
        CHECK(count(db, "SELECT count(*) FROM replication_journal") == 0);
        // The locks hold as before: the UUID was the one change they let through.
        CHECK(raw_sql_error(db, "UPDATE observation_records SET signature = 'x' WHERE id = 1") ==
              store::StoreErrorKind::Refused);
        CHECK(raw_sql_error(db, "UPDATE record_addenda SET text = 'x' WHERE id = 1") == store::StoreErrorKind::Refused);
        CHECK(raw_sql_error(db, "UPDATE record_addenda SET uuid = 'x' WHERE id = 1") == store::StoreErrorKind::Refused);
        if (start >= 2) {
            CHECK(raw_sql_error(db, "UPDATE concerns SET uuid = 'x' WHERE id = 1") == store::StoreErrorKind::Refused);
            CHECK(raw_sql_error(db, "UPDATE record_reviews SET reviewed_by = 2") == store::StoreErrorKind::Refused);
        }
        if (start >= 12) {
            // v12's append-only rows and its resolved flag got their UUIDs and stay locked.
            CHECK(count(db, "SELECT count(*) FROM record_handovers WHERE uuid IS NOT NULL") == 1);
            CHECK(count(db, "SELECT count(*) FROM session_changes WHERE uuid IS NOT NULL") == 1);
            CHECK(count(db, "SELECT count(*) FROM case_flags WHERE uuid IS NOT NULL AND resolution = 'talked it through'") == 1);
            CHECK(raw_sql_error(db, "UPDATE record_handovers SET reason = 'x'") == store::StoreErrorKind::Refused);
            CHECK(raw_sql_error(db, "UPDATE record_handovers SET uuid = 'x'") == store::StoreErrorKind::Refused);
            CHECK(raw_sql_error(db, "UPDATE session_changes SET reason = 'x'") == store::StoreErrorKind::Refused);
            CHECK(raw_sql_error(db, "UPDATE case_flags SET resolution = 'x'") == store::StoreErrorKind::Refused);
            CHECK(raw_sql_error(db, "UPDATE case_flags SET uuid = 'x'") == store::StoreErrorKind::Refused);
            CHECK(raw_sql_error(db, "DELETE FROM record_handovers") == store::StoreErrorKind::Refused);
        }
    }
}

TEST_CASE("a row inserted by any path without a UUID gets one, and no two rows share one") {
    TestStore t;
    t.db.exec("INSERT INTO venues (name, time_zone) VALUES ('Raw', 'Europe/London')");
    CHECK(count(t.db, "SELECT count(*) FROM venues WHERE uuid IS NULL") == 0);
    const auto f = add_sample_family(t.db);
    const std::string venue = store::UuidIndex(t.db).uuid_of(store::Table::Venues, f.venue);
    CHECK(raw_sql_error(t.db, "INSERT INTO venues (name, time_zone, uuid) VALUES ('Copy', 'Europe/London', '" + venue +
                                  "')") == store::StoreErrorKind::Refused);
}

TEST_CASE("every write path of a replicated table puts its entity in the journal, once per entity") {
    TestStore t;
    const auto f = add_sample_family(t.db);
    CHECK(journal_kinds(t.db) == "venue room staff child adult adult agreement agreement_version booking ");
    t.db.exec("DELETE FROM replication_journal");
    const core::Timestamp now = kDemoNow;
    store::WriteTransaction tx(t.db, "staff:1", now);
    store::SessionRepository(t.db).record_child_arrived(tx, f.session, "Helen");
    store::SessionRepository(t.db).record_started(tx, f.session);  // the same entity: coalesced
    store::StaffRepository(t.db).set_pin_hash(tx, f.worker, "$argon2id$x");
    const core::Id referral = store::ReferralRepository(t.db).add(tx, {0, f.child, "SW", "", now, core::ReferralStatus::New});
    store::ReferralRepository(t.db).add_assessment(tx, {.id = 0, .referral_id = referral, .assessed_by = f.worker,
                                                        .assessed_at = now, .risk_factors = {}, .protective_factors = {},
                                                        .contact_history = {}, .child_wishes = {},
                                                        .recommended_level = core::SupervisionLevel::Supervised,
                                                        .chosen_level = core::SupervisionLevel::Supervised,
                                                        .reason_for_lower_level = {}});
    const core::Id alert = store::AlertRepository(t.db).raise(tx, {0, core::AlertKind::LateArrival, f.session, now, "", 0, {}}, "{}");
    store::AlertRepository(t.db).acknowledge(tx, alert, f.worker);
    const core::Id placement = store::PlacementRepository(t.db).add(tx, {0, f.child, now, f.worker});
    store::PlacementRepository(t.db).save_comfort_call(tx, core::ComfortCall{.id = 0, .placement_id = placement, .plan = {},
                                                                            .held = false, .held_at = {}, .how_it_went = {},
                                                                            .ended_early = false, .ended_calmly = true,
                                                                            .recorded_by = 0});
    store::AttendanceRepository(t.db).raise_flag(tx, f.child, "missed_run");
    const core::Id record = store::RecordRepository(t.db).create_draft(tx, f.session, f.worker);
    store::RecordRepository(t.db).save_section(tx, record, core::RecordSection::Interaction, "played");
    tx.commit();
    const std::string kinds = journal_kinds(t.db);
    for (const char* kind : {"booking", "staff", "referral", "risk_assessment", "alert_acknowledgement", "placement",
                             "comfort_call_state", "case_flag", "record_draft"}) {
        INFO(kind);
        CHECK(kinds.find(std::string(kind) + " ") != std::string::npos);
    }
    CHECK(count(t.db, "SELECT count(*) FROM replication_journal WHERE kind = 'booking'") == 1);
    CHECK(count(t.db, "SELECT generation FROM replication_journal WHERE kind = 'booking'") >= 2);
    // Records travel in the outbox, not as snapshots: the alert itself, check-ins, concerns.
    CHECK(kinds.find("alert ") == std::string::npos);
    // A path no repository has (an operator's SQL) is journaled all the same.
    t.db.exec("DELETE FROM replication_journal");
    t.db.exec("UPDATE rooms SET capacity = 9");
    CHECK(journal_kinds(t.db) == "room ");
}

TEST_CASE("what a pull applies and what a purge removes never enter the journal") {
    TestStore source;
    const auto f = add_sample_family(source.db);
    store::ReplicaReader read(source.db);
    const std::vector<core::replica::Entity> page{
        *read.venue(f.venue),   *read.room(f.room),   *read.staff(f.worker), *read.child(f.child), *read.adult(f.mum),
        *read.agreement(f.agreement), *read.agreement_version(f.version), *read.booking(f.session)};
    TestStore device;
    {
        store::WriteTransaction tx(device.db, "sync", kDemoNow);
        store::PullApplyRepository(device.db).apply_page(tx, page, "8", "tablet-1");
        tx.commit();
    }
    CHECK(count(device.db, "SELECT count(*) FROM sessions") == 1);
    CHECK(count(device.db, "SELECT count(*) FROM replication_journal") == 0);
    CHECK(count(device.db, "SELECT count(*) FROM replication_mute") == 0);
    // This device's own change afterwards is journaled as usual.
    device.db.exec("UPDATE sessions SET minutes = 50");
    CHECK(journal_kinds(device.db) == "booking ");
}

TEST_CASE("a transaction cannot be committed with replication muted") {
    TestStore t;
    store::WriteTransaction tx(t.db, "sync", kDemoNow);
    tx.mute_replication();
    tx.audit("test", "x", 0);
    CHECK_THROWS_WITH(tx.commit(), ContainsSubstring("muted"));
}

namespace {
// Four more sessions after the sample family's, so the device holds a session numbered 5.
void add_four_sessions(store::Database& db, core::Id from, const std::string& prefix) {
    auto s = *store::SessionRepository(db).find(from);
    store::WriteTransaction tx(db, "staff:1", kDemoNow);
    for (int i = 0; i < 4; ++i) {
        s.visit_code = prefix + "679Y"[i] + "X";
        s.starts_at += 24h * 7;
        store::SessionRepository(db).add(tx, s);
    }
    tx.commit();
}
}  // namespace

TEST_CASE("a pulled booking is found by its UUID: local session 5 and a booking numbered 5 elsewhere both stay") {
    TestStore other;  // the device that made the booking: its session 5
    const auto theirs = add_sample_family(other.db);
    add_four_sessions(other.db, theirs.session, "DE34");
    TestStore t;
    const auto mine = add_sample_family(t.db);
    add_four_sessions(t.db, mine.session, "AC34");
    t.db.exec("DELETE FROM replication_journal");
    const std::string code_5 = store::SessionRepository(t.db).find(5)->visit_code;
    store::ReplicaReader read(other.db);
    const std::vector<core::replica::Entity> page{*read.venue(theirs.venue), *read.room(theirs.room),
                                                  *read.staff(theirs.worker), *read.child(theirs.child),
                                                  *read.adult(theirs.mum), *read.agreement(theirs.agreement),
                                                  *read.agreement_version(theirs.version), *read.booking(5)};
    {
        store::WriteTransaction tx(t.db, "sync", kDemoNow);
        store::PullApplyRepository(t.db).apply_page(tx, page, "1", "coord-1");
        tx.commit();
    }
    const auto five = *store::SessionRepository(t.db).find(5);
    CHECK(five.visit_code == code_5);  // this device's own, untouched
    CHECK(five.child_id == mine.child);
    const auto landed = store::UuidIndex(t.db).id_of(store::Table::Sessions, read.booking(5)->uuid);
    REQUIRE(landed);
    CHECK(*landed != 5);
    CHECK(store::SessionRepository(t.db).find(*landed)->visit_code == read.booking(5)->visit_code);
    CHECK(count(t.db, "SELECT count(*) FROM sessions") == 6);  // its five and the pulled one
}

TEST_CASE("a booking the hub gave this device's proposed code moves this device's out of the way") {
    TestStore t;
    const auto mine = add_sample_family(t.db);  // KT4MPX, proposed here and not yet sent
    TestStore other;
    const auto theirs = add_sample_family(other.db);  // the hub gave KT4MPX to this one
    store::ReplicaReader read(other.db);
    const std::vector<core::replica::Entity> page{*read.venue(theirs.venue), *read.room(theirs.room),
                                                  *read.staff(theirs.worker), *read.child(theirs.child),
                                                  *read.adult(theirs.mum), *read.agreement(theirs.agreement),
                                                  *read.agreement_version(theirs.version), *read.booking(theirs.session)};
    {
        store::WriteTransaction tx(t.db, "sync", kDemoNow);
        store::PullApplyRepository(t.db).apply_page(tx, page, "1", "coord-1");
        tx.commit();
    }
    // No keypad can type this device's code now; the hub's answer for it brings the new one.
    CHECK(store::SessionRepository(t.db).find(mine.session)->visit_code.front() == '~');
    const auto found = store::SessionRepository(t.db).find_by_visit_code(kSampleVisitCode);
    REQUIRE(found);
    CHECK(found->id != mine.session);
}

TEST_CASE("a draft another device writes is only to read here; one handed over is claimed by the first edit") {
    TestStore t;
    const auto f = add_sample_family(t.db);
    core::Id record = 0;
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        record = store::RecordRepository(t.db).create_draft(tx, f.session, f.worker);
        tx.commit();
    }
    t.db.exec("UPDATE observation_records SET owner_device = 'tablet-2' WHERE id = " + std::to_string(record));
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        CHECK_THROWS_WITH(store::RecordRepository(t.db).save_section(tx, record, core::RecordSection::Interaction, "x"),
                          ContainsSubstring("another device"));
    }
    t.db.exec("UPDATE observation_records SET owner_device = '*' WHERE id = " + std::to_string(record));
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        store::RecordRepository(t.db).save_section(tx, record, core::RecordSection::Interaction, "taken over");
        tx.commit();
    }
    CHECK(count(t.db, "SELECT count(*) FROM observation_records WHERE owner_device = ''") == 1);
}

TEST_CASE("through a hub, plain copies stay until the upstream's receipt comes back, then go") {
    TestStore t;
    const auto f = add_sample_family(t.db);
    std::string uuid;
    core::Id concern = 0;
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        concern = store::ConcernRepository(t.db).add(
            tx, {0, f.session, f.worker, kDemoNow, core::ConcernSeverity::High, "what was seen"}, R"({"schema":2})");
        tx.commit();
        auto q = t.db.cached("SELECT uuid FROM outbox WHERE kind = 'concern'");
        q.step();
        uuid = q.text(0);
    }
    {
        store::WriteTransaction tx(t.db, "sync", kDemoNow);
        store::OutboxRepository(t.db).mark_delivered(tx, {uuid}, store::Delivery::Stored, store::UpstreamReceipt::FromTheHub);
        tx.commit();
    }
    CHECK(store::OutboxRepository(t.db).awaiting_receipt() == 1);
    const auto purge = [&](core::Timestamp at) {
        store::WriteTransaction tx(t.db, "sync", at);
        if (store::purge_synced_records(tx, at - 24h * 7) > 0) tx.commit();
    };
    purge(kDemoNow + 24h * 30);  // long past keep_synced_days, but the upstream has not said
    CHECK(count(t.db, "SELECT count(*) FROM concerns WHERE text <> ''") == 1);
    {
        store::WriteTransaction tx(t.db, "sync", kDemoNow + 24h);
        const auto applied = store::PullApplyRepository(t.db).apply_page(
            tx, {core::replica::Receipt{.uuid = "00000000-0000-4000-8000-000000000001", .records = {uuid}}}, "9", "t");
        CHECK(applied.receipts == 1);
        tx.commit();
    }
    CHECK(store::OutboxRepository(t.db).awaiting_receipt() == 0);
    purge(kDemoNow + 24h * 5);  // the receipt is a day old: not yet
    CHECK(count(t.db, "SELECT count(*) FROM concerns WHERE text <> ''") == 1);
    purge(kDemoNow + 24h * 9);
    CHECK(count(t.db, "SELECT count(*) FROM concerns WHERE text <> ''") == 0);
    // The purge changed a journaled table's rows without journaling them.
    CHECK(count(t.db, "SELECT count(*) FROM replication_journal WHERE kind = 'comfort_call_state'") == 0);
    (void)concern;
}
