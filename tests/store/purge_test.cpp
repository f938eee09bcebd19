// Plain copies of synced final records leave the device after keep_synced_days (issue #6,
// item 3); everything not yet confirmed by the server stays, and the record locks still hold.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/session_control.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/purge_helpers.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::count;
using kiosk::testing::purge;
using kiosk::testing::TestStore;

namespace {
constexpr const char* kCanary = "Ottoline said Quillfeather";

struct Final {
    core::Id record = 0;
    std::string uuid;
};

// A final record with a section, a timeline entry and an addendum, queued to the server.
Final final_record(store::Database& db, const kiosk::testing::SampleFamily& f) {
    store::RecordRepository records(db);
    store::WriteTransaction tx(db, "staff:1", kDemoNow);
    Final out;
    out.record = records.create_draft(tx, f.session, f.worker);
    records.save_section(tx, out.record, core::RecordSection::Analysis, kCanary);
    records.add_timeline_entry(tx, out.record, {0, kDemoNow, "hug", kCanary});
    records.finalize(tx, out.record, "blake2b-256:00");
    out.uuid = tx.enqueue({.kind = "observation_record", .entity_id = out.record,
                           .payload = std::string(R"({"schema":1,"text":")") + kCanary + "\"}", .fast_lane = false});
    tx.commit();
    return out;
}

void mark_sent(store::Database& db, const std::string& uuid, core::Timestamp at) {
    store::WriteTransaction tx(db, "sync", at);
    store::OutboxRepository(db).mark_sent(tx, uuid);
    tx.commit();
}

}  // namespace

TEST_CASE("a final record synced more than keep_synced_days ago loses its text; the chain stays whole") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    {
        // What the worker typed on the session screen, which is never sent on its own.
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        store::SessionRepository sessions(t.db);
        sessions.record_child_arrived(tx, f.session, kCanary);
        sessions.record_parent_through(tx, f.session);
        sessions.record_started(tx, f.session);
        sessions.record_ended(tx, f.session, std::string{core::to_string(core::EndedEarlyReason::ParentUnwell)}, kCanary);
        tx.commit();
    }
    const Final r = final_record(t.db, f);
    mark_sent(t.db, r.uuid, kDemoNow + 1h);

    CHECK(purge(t.db, kDemoNow + 1h + 24h * 6, 7) == 0);  // six days: still here
    CHECK(count(t.db, "SELECT count(*) FROM record_sections") == 1);
    CHECK(count(t.db, "SELECT count(*) FROM sessions WHERE brought_by LIKE '%Ottoline%'") == 1);

    CHECK(purge(t.db, kDemoNow + 1h + 24h * 8, 7) >= 1);
    CHECK(count(t.db, "SELECT count(*) FROM record_sections") == 0);
    CHECK(count(t.db, "SELECT count(*) FROM record_timeline") == 0);
    CHECK(count(t.db, "SELECT count(*) FROM purged_records") == 1);
    CHECK(count(t.db, "SELECT count(*) FROM purge_permits") == 0);
    CHECK(count(t.db, "SELECT count(*) FROM outbox_payloads WHERE payload LIKE '%Ottoline%'") == 0);
    CHECK(count(t.db, "SELECT count(*) FROM sessions WHERE brought_by LIKE '%Ottoline%' "
                      "OR ended_early_words LIKE '%Ottoline%'") == 0);
    // The record row, its seal and its state stay; the purge is in the audit chain.
    const auto kept = store::RecordRepository(t.db).find(r.record);
    REQUIRE(kept);
    CHECK(kept->state == core::RecordState::Final);
    CHECK(kept->signature == "blake2b-256:00");
    CHECK(count(t.db, "SELECT count(*) FROM audit_log WHERE action = 'record.purged'") == 1);
    CHECK(store::AuditLog::verify(t.db).whole);
    // A second purge finds nothing more to do.
    CHECK(purge(t.db, kDemoNow + 24h * 30, 7) == 0);
}

TEST_CASE("drafts, unsent and rejected records are never purged, and the locks still refuse deletes") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const Final r = final_record(t.db, f);  // queued, never sent
    CHECK(purge(t.db, kDemoNow + 24h * 365, 0) == 0);
    CHECK(count(t.db, "SELECT count(*) FROM record_sections") == 1);
    {
        store::WriteTransaction tx(t.db, "sync", kDemoNow + 1h);
        store::OutboxRepository(t.db).mark_rejected(tx, r.uuid, "refused");
        tx.commit();
    }
    CHECK(purge(t.db, kDemoNow + 24h * 365, 0) == 0);
    CHECK(count(t.db, "SELECT count(*) FROM record_sections") == 1);

    // Outside a purge the v1 locks hold, and a permit for an unsent record is refused.
    CHECK_THROWS_AS(t.db.exec("DELETE FROM record_sections"), store::StoreError);
    CHECK_THROWS_AS(t.db.exec("INSERT INTO purge_permits VALUES (" + std::to_string(r.record) + ")"),
                    store::StoreError);
    CHECK(count(t.db, "SELECT count(*) FROM record_sections") == 1);
}
