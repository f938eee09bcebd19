// Observation records: drafts change freely; a final record is locked in the store and in
// the database itself; corrections are addenda.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/record_repository.hpp"
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
core::Id finalized_record(store::Database& db, core::Id session, core::Id worker) {
    store::RecordRepository records(db);
    store::WriteTransaction tx(db, "staff:1", kDemoNow);
    const core::Id id = records.create_draft(tx, session, worker);
    records.add_timeline_entry(tx, id, {0, kDemoNow + 5min, "hug", "Mum and child hugged."});
    records.save_section(tx, id, core::RecordSection::Interaction, "Played with blocks together.");
    records.save_section(tx, id, core::RecordSection::Interaction, "Played with blocks; Mum praised the tower.");
    records.finalize(tx, id, "sig");
    tx.commit();
    return id;
}

}  // namespace

TEST_CASE("a draft keeps the latest text of each section and its timeline in time order") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::Id id = finalized_record(t.db, f.session, f.worker);
    const auto record = store::RecordRepository(t.db).find(id);
    REQUIRE(record);
    CHECK(record->state == core::RecordState::Final);
    CHECK(record->finalized_at == kDemoNow);
    REQUIRE(record->sections.size() == 1);
    CHECK(record->sections[0].second == "Played with blocks; Mum praised the tower.");
    REQUIRE(record->timeline.size() == 1);
    CHECK(record->timeline[0].chip == "hug");
}

TEST_CASE("the store refuses to change a final record") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::Id id = finalized_record(t.db, f.session, f.worker);
    store::RecordRepository records(t.db);
    store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
    CHECK_THROWS_AS(records.save_section(tx, id, core::RecordSection::Analysis, "changed"), store::StoreError);
    CHECK_THROWS_AS(records.add_timeline_entry(tx, id, {0, kDemoNow, "", "late"}), store::StoreError);
    CHECK_THROWS_AS(records.finalize(tx, id, "again"), store::StoreError);
}

TEST_CASE("the database itself refuses raw SQL changes to a final record") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::Id id = finalized_record(t.db, f.session, f.worker);
    const std::string rid = std::to_string(id);
    CHECK(raw_sql_error(t.db, "UPDATE observation_records SET signature = 'x' WHERE id = " + rid) ==
          store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM observation_records WHERE id = " + rid) == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE record_sections SET text = 'x' WHERE record_id = " + rid) ==
          store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM record_timeline WHERE record_id = " + rid) ==
          store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "INSERT INTO record_sections VALUES (" + rid + ", 'analysis', 'x', 0)") ==
          store::StoreErrorKind::Refused);
    CHECK(store::RecordRepository(t.db).find(id)->sections[0].second ==
          "Played with blocks; Mum praised the tower.");
}

TEST_CASE("an addendum is dated, linked to the final record and itself unchangeable") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    const core::Id id = finalized_record(t.db, f.session, f.worker);
    store::RecordRepository records(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow + 2h);
        records.add_addendum(tx, id, {0, f.worker, kDemoNow + 2h, "Correction: the tower was Lego."});
        tx.commit();
    }
    const auto record = records.find(id);
    REQUIRE(record->addenda.size() == 1);
    CHECK(record->addenda[0].at == kDemoNow + 2h);
    CHECK(raw_sql_error(t.db, "UPDATE record_addenda SET text = 'x'") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM record_addenda") == store::StoreErrorKind::Refused);
}
