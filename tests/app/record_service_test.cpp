// The observation record through the service the screen calls: autosave edit by edit,
// finalize validation, the seal, late entries, the refusal to change a final record,
// addenda and review.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include "kiosk/app/records/record_seal.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/staff/session_control_service.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/staff_problem.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

using kiosk::testing::problem_of;

namespace {
struct Fixture {
    TestStore t;
    kiosk::testing::SampleFamily f = kiosk::testing::add_sample_family(t.db);
    core::Id coordinator = add_staff("Alex", core::Role::Coordinator);
    core::Id other_worker = add_staff("Sam", core::Role::Worker);
    core::FixedClock clock{kDemoNow + 2h};  // the session (11:00-12:00) is over
    app::RecordService records{t.db, clock};

    core::Id add_staff(const char* name, core::Role role) {
        store::WriteTransaction tx(t.db, "system:test", kDemoNow);
        const core::Id id = store::StaffRepository(t.db).add(tx, {0, name, role, true}, "");
        tx.commit();
        return id;
    }
    core::Id complete_draft() {
        const core::Id id = records.open_draft(f.session, f.worker);
        for (core::RecordSection s : core::required_sections()) {
            records.save_section(id, f.worker, s, "Written: " + std::string(core::to_string(s)));
        }
        return id;
    }
};

}  // namespace

TEST_CASE("every edit is saved at once, in its own audited transaction") {
    Fixture x;
    const core::Id id = x.records.open_draft(x.f.session, x.f.worker);
    CHECK(x.records.open_draft(x.f.session, x.f.worker) == id);  // the same draft, not a second
    const auto before = store::AuditLog::count(x.t.db);
    x.records.save_section(id, x.f.worker, core::RecordSection::ChildVoice, "\"Can we build a tower?\"");
    x.records.save_section(id, x.f.worker, core::RecordSection::ChildVoice, "\"Can we build a tower, Mummy?\"");
    x.records.add_timeline_entry(id, x.f.worker, "hug", "");
    x.records.add_timeline_entry(id, x.f.worker, "", "Mum read a book.");
    CHECK(store::AuditLog::count(x.t.db) == before + 4);

    x.t.db = x.t.open();  // nothing was waiting in memory
    app::RecordService reopened(x.t.db, x.clock);
    const auto record = reopened.record(id);
    REQUIRE(record);
    REQUIRE(record->sections.size() == 1);
    CHECK(record->sections[0].second == "\"Can we build a tower, Mummy?\"");
    REQUIRE(record->timeline.size() == 2);
    CHECK(record->timeline[0].at == kDemoNow + 2h);
    CHECK(record->timeline[1].text == "Mum read a book.");
}

TEST_CASE("bad text is refused with a reason and what was saved stays") {
    Fixture x;
    const core::Id id = x.records.open_draft(x.f.session, x.f.worker);
    x.records.save_section(id, x.f.worker, core::RecordSection::Activities, "Lego.");
    CHECK(problem_of([&] { x.records.save_section(id, x.f.worker, core::RecordSection::Activities, "bad \xff byte"); }) ==
          app::StaffActionProblem::InvalidInput);
    CHECK(problem_of([&] {
              x.records.save_section(id, x.f.worker, core::RecordSection::Activities, std::string(70 * 1024, 'a'));
          }) == app::StaffActionProblem::InvalidInput);
    CHECK(problem_of([&] { x.records.add_timeline_entry(id, x.f.worker, "", "   "); }) ==
          app::StaffActionProblem::InvalidInput);
    CHECK(x.records.record(id)->sections.at(0).second == "Lego.");
}

TEST_CASE("only the worker writing a draft can change it") {
    Fixture x;
    const core::Id id = x.records.open_draft(x.f.session, x.f.worker);
    CHECK(problem_of([&] { x.records.save_section(id, x.other_worker, core::RecordSection::Analysis, "x"); }) ==
          app::StaffActionProblem::NotAllowed);
    CHECK(problem_of([&] { x.records.finalize(id, x.other_worker); }) == app::StaffActionProblem::NotAllowed);
}

TEST_CASE("finalize lists what is missing and changes nothing until the record is complete") {
    Fixture x;
    const core::Id id = x.records.open_draft(x.f.session, x.f.worker);
    x.records.save_section(id, x.f.worker, core::RecordSection::Attendance, "Both on time.");
    x.records.save_section(id, x.f.worker, core::RecordSection::Concerns, "  ");
    const auto result = x.records.finalize(id, x.f.worker);
    CHECK_FALSE(result.finalized);
    CHECK(result.missing.size() == core::required_sections().size() - 1);
    CHECK(std::find(result.missing.begin(), result.missing.end(), core::RecordSection::Concerns) != result.missing.end());
    CHECK(x.records.record(id)->state == core::RecordState::Draft);
}

TEST_CASE("a complete record is signed by its worker, sealed, carries the use note and is queued") {
    Fixture x;
    const core::Id id = x.complete_draft();
    const auto result = x.records.finalize(id, x.f.worker);
    REQUIRE(result.finalized);
    CHECK_FALSE(result.late_entry);
    const auto session_end = kDemoNow + 55min + 60min;
    CHECK(result.due_at == session_end + 24h);

    const auto record = x.records.record(id);
    CHECK(record->state == core::RecordState::Final);
    CHECK(record->finalized_at == kDemoNow + 2h);
    CHECK(record->due_at == session_end + 24h);
    CHECK(record->use_note == core::kRecordUseNote);
    CHECK(record->signature.rfind("blake2b-256:", 0) == 0);
    const auto jo = store::StaffRepository(x.t.db).find(x.f.worker);
    CHECK(app::seal_matches(*record, *jo));
    // The seal covers the content and the signer: change either and it no longer matches.
    auto altered = *record;
    altered.sections[0].second += " (edited)";
    CHECK_FALSE(app::seal_matches(altered, *jo));
    auto someone_else = *jo;
    someone_else.id = x.other_worker;
    CHECK_FALSE(app::seal_matches(*record, someone_else));

    const auto queued = store::OutboxRepository(x.t.db).next_batch(10);
    REQUIRE_FALSE(queued.empty());
    CHECK(queued.back().kind == "observation_record");
    CHECK(queued.back().payload.find("\"late_entry\":false") != std::string::npos);
}

TEST_CASE("a record finalized after its timescale is a late entry with the real times") {
    Fixture x;
    const core::Id id = x.complete_draft();
    x.clock.set(kDemoNow + 55min + 60min + 24h + 1s);
    const auto result = x.records.finalize(id, x.f.worker);
    REQUIRE(result.finalized);
    CHECK(result.late_entry);
    const auto record = x.records.record(id);
    CHECK(record->late_entry);
    CHECK(record->finalized_at == x.clock.now());
    CHECK(record->due_at == kDemoNow + 55min + 60min + 24h);
}

TEST_CASE("a final record refuses every change through the service, the store and raw SQL") {
    Fixture x;
    const core::Id id = x.complete_draft();
    REQUIRE(x.records.finalize(id, x.f.worker).finalized);
    CHECK(problem_of([&] { x.records.save_section(id, x.f.worker, core::RecordSection::Analysis, "x"); }) ==
          app::StaffActionProblem::WrongState);
    CHECK(problem_of([&] { x.records.add_timeline_entry(id, x.f.worker, "hug", ""); }) ==
          app::StaffActionProblem::WrongState);
    CHECK(problem_of([&] { x.records.finalize(id, x.f.worker); }) == app::StaffActionProblem::WrongState);
    CHECK(problem_of([&] { x.records.open_draft(x.f.session, x.f.worker); }) == app::StaffActionProblem::WrongState);
    CHECK_THROWS_AS(x.t.db.exec("UPDATE record_sections SET text = 'x' WHERE record_id = " + std::to_string(id)),
                    store::StoreError);
    CHECK_THROWS_AS(x.t.db.exec("UPDATE observation_records SET signature = '' WHERE id = " + std::to_string(id)),
                    store::StoreError);
    const auto jo = store::StaffRepository(x.t.db).find(x.f.worker);
    CHECK(app::seal_matches(*x.records.record(id), *jo));
}

TEST_CASE("corrections are dated addenda on the final record") {
    Fixture x;
    const core::Id id = x.complete_draft();
    CHECK(problem_of([&] { x.records.add_addendum(id, x.f.worker, "Too soon."); }) == app::StaffActionProblem::WrongState);
    REQUIRE(x.records.finalize(id, x.f.worker).finalized);
    x.clock.advance(3h);
    x.records.add_addendum(id, x.f.worker, "Correction: it was Grandad's tower.");
    CHECK(problem_of([&] { x.records.add_addendum(id, x.f.worker, " "); }) == app::StaffActionProblem::InvalidInput);
    const auto record = x.records.record(id);
    REQUIRE(record->addenda.size() == 1);
    CHECK(record->addenda[0].at == kDemoNow + 5h);
    CHECK(record->addenda[0].author_id == x.f.worker);
    CHECK(store::OutboxRepository(x.t.db).next_batch(10).back().kind == "record_addendum");
}

TEST_CASE("a coordinator who did not write the record marks it reviewed, once") {
    Fixture x;
    const core::Id id = x.complete_draft();
    CHECK(problem_of([&] { x.records.mark_reviewed(id, x.coordinator); }) == app::StaffActionProblem::WrongState);
    REQUIRE(x.records.finalize(id, x.f.worker).finalized);
    CHECK(problem_of([&] { x.records.mark_reviewed(id, x.other_worker); }) == app::StaffActionProblem::NotAllowed);
    x.records.mark_reviewed(id, x.coordinator);
    const auto record = x.records.record(id);
    REQUIRE(record->review);
    CHECK(record->review->reviewed_by == x.coordinator);
    CHECK(problem_of([&] { x.records.mark_reviewed(id, x.coordinator); }) == app::StaffActionProblem::WrongState);
}

TEST_CASE("a coordinator cannot review a record they wrote") {
    Fixture x;
    const core::Id id = x.records.open_draft(x.f.session, x.coordinator);
    for (core::RecordSection s : core::required_sections()) x.records.save_section(id, x.coordinator, s, "Written.");
    REQUIRE(x.records.finalize(id, x.coordinator).finalized);
    CHECK(problem_of([&] { x.records.mark_reviewed(id, x.coordinator); }) == app::StaffActionProblem::NotAllowed);
}

TEST_CASE("the due time counts from when the session really ended") {
    Fixture x;
    app::SessionControlService control(x.t.db, x.clock);
    x.clock.set(kDemoNow + 50min);
    control.child_arrived(x.f.session, x.f.worker, "Helen");
    control.start(x.f.session, x.f.worker);
    x.clock.set(kDemoNow + 80min);
    control.end_early(x.f.session, x.f.worker, core::EndedEarlyReason::ChildDistressed, "");
    CHECK(x.records.due_at(x.f.session) == kDemoNow + 80min + 24h);
}
