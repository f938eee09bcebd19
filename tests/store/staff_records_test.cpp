// Schema v2 in the store: what finalizing fixes on a record, reviews, addenda only on final
// records, session day events, safeguarding concerns in the fast lane, and sign-in counters
// that survive a restart.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/due_record_query.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;
using kiosk::testing::raw_sql_error;

namespace {
core::Id draft(store::Database& db, core::Id session, core::Id worker) {
    store::WriteTransaction tx(db, "staff:1", kDemoNow);
    const core::Id id = store::RecordRepository(db).create_draft(tx, session, worker);
    store::RecordRepository(db).save_section(tx, id, core::RecordSection::Analysis, "Went well.");
    tx.commit();
    return id;
}

void finalize(store::Database& db, core::Id id, bool late) {
    store::WriteTransaction tx(db, "staff:1", kDemoNow + 2h);
    store::RecordRepository(db).finalize(
        tx, id, {.signature = "blake2b-256:00", .due_at = kDemoNow + 1h, .late_entry = late, .use_note = "Not an assessment."});
    tx.commit();
}

}  // namespace

TEST_CASE("finalizing fixes the due time, the late-entry mark and the use note, and SQL cannot undo them") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::Id id = draft(t.db, f.session, f.worker);
    finalize(t.db, id, true);
    const auto record = store::RecordRepository(t.db).find(id);
    REQUIRE(record);
    CHECK(record->late_entry);
    CHECK(record->due_at == kDemoNow + 1h);
    CHECK(record->finalized_at == kDemoNow + 2h);
    CHECK(record->use_note == "Not an assessment.");
    CHECK(raw_sql_error(t.db, "UPDATE observation_records SET late_entry = 0 WHERE id = " + std::to_string(id)) ==
          store::StoreErrorKind::Refused);
    CHECK(store::RecordRepository(t.db).find(id)->late_entry);
}

TEST_CASE("a review is for final records only, happens once and cannot be changed") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::Id id = draft(t.db, f.session, f.worker);
    store::RecordRepository records(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:2", kDemoNow);
        CHECK_THROWS_AS(records.mark_reviewed(tx, id, f.worker), store::StoreError);
    }
    CHECK(raw_sql_error(t.db, "INSERT INTO record_reviews (record_id, reviewed_by, reviewed_at) VALUES (" + std::to_string(id) + ", 1, 0)") ==
          store::StoreErrorKind::Refused);
    finalize(t.db, id, false);
    {
        store::WriteTransaction tx(t.db, "staff:2", kDemoNow + 3h);
        records.mark_reviewed(tx, id, f.worker);
        tx.commit();
    }
    const auto record = records.find(id);
    REQUIRE(record->review);
    CHECK(record->review->reviewed_at == kDemoNow + 3h);
    {
        store::WriteTransaction tx(t.db, "staff:2", kDemoNow);
        CHECK_THROWS_AS(records.mark_reviewed(tx, id, f.worker), store::StoreError);
    }
    CHECK(raw_sql_error(t.db, "UPDATE record_reviews SET reviewed_at = 0") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM record_reviews") == store::StoreErrorKind::Refused);
}

TEST_CASE("an addendum on a draft is refused by the store and by the database") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::Id id = draft(t.db, f.session, f.worker);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        CHECK_THROWS_AS(store::RecordRepository(t.db).add_addendum(tx, id, {0, f.worker, kDemoNow, "x"}),
                        store::StoreError);
    }
    CHECK(raw_sql_error(t.db, "INSERT INTO record_addenda (record_id, author_id, at, text) VALUES (" +
                                  std::to_string(id) + ", 1, 0, 'x')") == store::StoreErrorKind::Refused);
}

TEST_CASE("the day's events of a session are kept with their times and follow the state machine") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::SessionRepository sessions(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        CHECK_THROWS_AS(sessions.record_parent_through(tx, f.session), store::StoreError);  // nobody here yet
        CHECK_THROWS_AS(sessions.record_started(tx, f.session), store::StoreError);
    }
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow + 10min);
        sessions.record_child_arrived(tx, f.session, "Helen (carer)");
        sessions.set_state(tx, f.session, core::SessionState::ParentArrived);
        sessions.record_parent_through(tx, f.session);
        sessions.record_started(tx, f.session);
        tx.commit();
    }
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow + 40min);
        sessions.record_ended(tx, f.session, "child_distressed", "Asked for Helen.");
        tx.commit();
    }
    const auto s = sessions.find(f.session);
    CHECK(s->state == core::SessionState::EndedEarly);
    CHECK(s->brought_by == "Helen (carer)");
    CHECK(s->parent_through_at == kDemoNow + 10min);
    CHECK(s->started_at == kDemoNow + 10min);
    CHECK(s->ended_at == kDemoNow + 40min);
    CHECK(s->ended_early_reason == "child_distressed");
    CHECK(s->ended_early_words == "Asked for Helen.");
}

TEST_CASE("an ended session without a final record is owed, from when it really ended") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    CHECK(store::records_owed(t.db).empty());
    store::SessionRepository sessions(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow + 30min);
        sessions.record_child_arrived(tx, f.session, "Helen");
        sessions.record_started(tx, f.session);
        sessions.record_ended(tx, f.session, "", "");
        tx.commit();
    }
    auto owed = store::records_owed(t.db);
    REQUIRE(owed.size() == 1);
    CHECK(owed[0].session_end == kDemoNow + 30min);
    CHECK(owed[0].record_id == 0);
    CHECK(owed[0].timescale.hours == 24);
    CHECK(owed[0].time_zone == "Europe/London");
    const core::Id id = draft(t.db, f.session, f.worker);
    CHECK(store::records_owed(t.db).at(0).record_id == id);
    finalize(t.db, id, false);
    CHECK(store::records_owed(t.db).empty());
}

TEST_CASE("a safeguarding concern is saved with its severity, queued in the fast lane, and append-only") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::ConcernRepository concerns(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        concerns.add(tx, {0, f.session, f.worker, kDemoNow, core::ConcernSeverity::High, "Bruise on left arm."},
                     "{\"kind\":\"concern\"}");
        tx.commit();
    }
    const auto saved = concerns.for_session(f.session);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].severity == core::ConcernSeverity::High);
    CHECK(saved[0].text == "Bruise on left arm.");
    const auto fast = store::OutboxRepository(t.db).next_batch(10, true);
    REQUIRE(fast.size() == 1);
    CHECK(fast[0].kind == "concern");
    CHECK(fast[0].entity_id == saved[0].id);
    CHECK(raw_sql_error(t.db, "UPDATE concerns SET severity = 'low'") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM concerns") == store::StoreErrorKind::Refused);
    // The audit row names the severity, never the words.
    const auto last = store::AuditLog::latest(t.db, 1);
    CHECK(last.at(0).entry.action == "concern.raised");
    CHECK(last.at(0).entry.detail == "high");
}

TEST_CASE("sign-in counters survive closing and reopening the database") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::SignInCounters counters{.failed_attempts = 4, .total_failures = 14,
                                        .locked_until = kDemoNow + 15min, .last_attempt_at = kDemoNow};
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        store::StaffRepository(t.db).save_sign_in_counters(tx, f.worker, counters, "staff.sign_in_attempt");
        tx.commit();
    }
    t.db = t.open();
    const auto read = store::StaffRepository(t.db).sign_in_counters(f.worker);
    CHECK(read.failed_attempts == 4);
    CHECK(read.total_failures == 14);
    CHECK(read.locked_until == kDemoNow + 15min);
    CHECK(read.last_attempt_at == kDemoNow);
}
