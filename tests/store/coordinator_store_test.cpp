// Round trips of the coordinator face's tables (schema v2), and their audit rows.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/location_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/staff_admin_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using testing::kDemoNow;

TEST_CASE("a referral and its risk assessment come back as saved, new ones first") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    store::ReferralRepository referrals(store.db);
    store::WriteTransaction tx(store.db, "staff:1", kDemoNow);
    const auto agreed = referrals.add(tx, {0, f.child, "Dana", "Second referral", kDemoNow - 48h, core::ReferralStatus::Agreed});
    const auto fresh = referrals.add(tx, {0, f.child, "Dana", "Mum asks for contact.", kDemoNow, core::ReferralStatus::New});
    core::RiskAssessment a;
    a.referral_id = fresh;
    a.assessed_by = f.worker;
    a.assessed_at = kDemoNow;
    a.risk_factors = "substance_misuse";
    a.recommended_level = core::SupervisionLevel::Supervised;
    a.chosen_level = core::SupervisionLevel::Supported;
    a.reason_for_lower_level = "Two years clean, tested.";
    referrals.add_assessment(tx, a);
    tx.commit();

    const auto inbox = referrals.inbox();
    REQUIRE(inbox.size() == 2);
    CHECK(inbox[0].id == fresh);
    CHECK(inbox[1].id == agreed);
    const auto back = referrals.latest_assessment(fresh);
    REQUIRE(back);
    CHECK(back->chosen_level == core::SupervisionLevel::Supported);
    CHECK(back->reason_for_lower_level == "Two years clean, tested.");
    CHECK(back->risk_factors == "substance_misuse");
}

TEST_CASE("an agreement version keeps its arrival plans, custom interval and leave gap") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    store::AgreementRepository agreements(store.db);
    auto v = *agreements.version(f.version);
    v.version = 2;
    v.frequency = "custom";
    v.custom_interval_days = 10;
    v.leave_gap_minutes = 15;
    v.arrival_plans = {{core::Party::Carer, 30, 15, 2}, {core::Party::Family, 10, 0, 1}};
    store::WriteTransaction tx(store.db, "staff:1", kDemoNow);
    const auto id = agreements.add_version(tx, v);
    tx.commit();
    const auto back = agreements.version(id);
    REQUIRE(back);
    CHECK(back->custom_interval_days == 10);
    CHECK(back->leave_gap_minutes == 15);
    REQUIRE(back->arrival_plans.size() == 2);
    CHECK(back->arrival_plans[0].party == core::Party::Carer);
    CHECK(back->arrival_plans[0].arrive_from_minutes_before == 30);
    CHECK(agreements.latest_version(f.agreement)->version == 2);
    CHECK(agreements.for_child(f.child)->id == f.agreement);
}

TEST_CASE("a comfort call and icebreaker are saved once per placement and teach the staff face") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    store::PlacementRepository placements(store.db);
    store::WriteTransaction tx(store.db, "staff:1", kDemoNow);
    const auto placement = placements.add(tx, {0, f.child, kDemoNow - 2h, f.worker});
    core::ComfortCall call;
    call.placement_id = placement;
    call.plan.critical_connection = "Mum";
    call.plan.platform = "teams";
    call.plan.comfort_item_and_routine = "Blue rabbit; a song at bedtime";
    placements.save_comfort_call(tx, call);
    call.held = true;
    call.held_at = kDemoNow;
    call.how_it_went = "Smiled at Mum.";
    placements.save_comfort_call(tx, call);  // the record replaces the plan's row
    placements.save_icebreaker(tx, {0, placement, false, true, kDemoNow, true, "Naps at 1pm", "", "Halal food"});
    tx.commit();

    const auto back = placements.comfort_call(placement);
    REQUIRE(back);
    CHECK(back->held);
    CHECK(back->how_it_went == "Smiled at Mum.");
    CHECK(back->plan.platform == "teams");
    const auto notes = placements.transition_notes(f.child);
    CHECK(notes.comfort_item_and_routine == "Blue rabbit; a song at bedtime");
    CHECK(notes.routines == "Naps at 1pm");
    CHECK(notes.culture == "Halal food");
}

TEST_CASE("locations round-trip, and an impossible one is refused") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    store::LocationRepository locations(store.db);
    CHECK(locations.venue_options().empty());
    CHECK_FALSE(locations.child_home(f.child));
    store::WriteTransaction tx(store.db, "staff:1", kDemoNow);
    locations.set_venue_location(tx, f.venue, {51.4545, -2.5879});
    locations.set_child_home(tx, f.child, {51.46, -2.6});
    CHECK_THROWS_AS(locations.set_child_home(tx, f.child, {123.0, 0.0}), store::StoreError);
    tx.commit();
    REQUIRE(locations.venue_options().size() == 1);
    CHECK(locations.venue_options()[0].location.latitude == 51.4545);
    CHECK(locations.child_home(f.child)->longitude == -2.6);
}

TEST_CASE("a missed session moves the session on, and cannot be recorded twice") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    store::AttendanceRepository attendance(store.db);
    {
        store::WriteTransaction tx(store.db, "staff:1", kDemoNow);
        attendance.record_missed(tx, {0, f.session, core::Attendance::NoShow, "Mum", "No answer", f.worker, kDemoNow});
        tx.commit();
    }
    CHECK(attendance.missed_for_session(f.session)->who == "Mum");
    CHECK(attendance.history(f.child, kDemoNow + 2h) == std::vector{core::Attendance::NoShow});
    store::WriteTransaction again(store.db, "staff:1", kDemoNow);
    CHECK_THROWS_AS(attendance.record_missed(again, {0, f.session, core::Attendance::NoShow, "Mum", "x", f.worker, kDemoNow}),
                    store::StoreError);
}

TEST_CASE("a PIN reset stores the new hash, clears the lock-out and is audited") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    store.db.exec("UPDATE staff SET locked_until = 99999999999, failed_attempts = 5");
    store::WriteTransaction tx(store.db, "staff:4", kDemoNow);
    store::StaffAdminRepository(store.db).reset_pin(tx, f.worker, "$argon2id$fake");
    CHECK_THROWS_AS(store::StaffAdminRepository(store.db).reset_pin(tx, 999, "$argon2id$fake"), store::StoreError);
    tx.commit();
    auto s = store.db.cached("SELECT pin_hash, locked_until, failed_attempts FROM staff WHERE id = ?");
    s.bind_all(f.worker);
    REQUIRE(s.step());
    CHECK(s.text(0) == "$argon2id$fake");
    CHECK(s.int64(1) == 0);
    CHECK(s.int64(2) == 0);
    CHECK(store::AuditLog::verify(store.db).whole);
}
