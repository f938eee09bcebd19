// Round trips through each repository: what goes in comes back out, and each write is audited.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/check_in_repository.hpp"
#include "kiosk/store/device_state_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

TEST_CASE("venues and rooms round-trip with their features") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::VenueRepository venues(t.db);
    const auto venue = venues.venue(f.venue);
    REQUIRE(venue);
    CHECK(venue->name == "Test Centre");
    CHECK(venue->time_zone == "Europe/London");
    const auto rooms = venues.rooms(f.venue);
    REQUIRE(rooms.size() == 1);
    CHECK(rooms[0].name == "Blue Room");
    CHECK(rooms[0].features == std::vector<std::string>{"floor_mats", "books"});
}

TEST_CASE("children, family adults and carers round-trip, restricted fields included") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::FamilyRepository people(t.db);
    const auto child = people.child(f.child);
    REQUIRE(child);
    CHECK(child->first_name == kiosk::testing::kSampleChildName);
    CHECK(child->allergies == "Peanuts");
    CHECK(child->restricted_school == "Elm School");
    const auto adults = people.adults_of(f.child);
    REQUIRE(adults.size() == 2);
    CHECK(adults[0].relationship == "Mum");
    const auto carers = people.carers_of(f.child);
    REQUIRE(carers.size() == 1);
    CHECK(carers[0].restricted_surname == "Marchbank");
    CHECK(carers[0].restricted_address == "12 Willow Lane");
}

TEST_CASE("an agreement version keeps its rules in order and only its approved attendees") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::AgreementRepository agreements(t.db);
    const auto version = agreements.latest_version(f.agreement);
    REQUIRE(version);
    CHECK(version->version == 1);
    CHECK(version->supervision_level == core::SupervisionLevel::Supervised);
    CHECK(version->grace_minutes == 15);
    CHECK(version->recording_timescale_hours == 24);
    REQUIRE(version->rules.size() == 2);
    CHECK(version->rules[0].kind == "phones_photos");
    CHECK(version->rules[1].kind == "gifts");
    REQUIRE(version->attendees.size() == 1);
    CHECK(version->attendees[0].first_name == "Sarah");
    CHECK(version->attendees[0].relationship == "Mum");
}

TEST_CASE("a newer agreement version becomes the latest") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::AgreementRepository agreements(t.db);
    auto next = *agreements.latest_version(f.agreement);
    next.version = 2;
    next.supervision_level = core::SupervisionLevel::Supported;
    next.attendees.push_back({f.uncle, "Gareth", "Uncle"});
    store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
    agreements.add_version(tx, next);
    tx.commit();
    const auto latest = agreements.latest_version(f.agreement);
    REQUIRE(latest);
    CHECK(latest->version == 2);
    CHECK(latest->attendees.size() == 2);
    CHECK(agreements.version(f.version)->attendees.size() == 1);
}

TEST_CASE("a session is found by its visit code with both arrival windows") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::SessionRepository sessions(t.db);
    const auto session = sessions.find_by_visit_code(kiosk::testing::kSampleVisitCode);
    REQUIRE(session);
    CHECK(session->id == f.session);
    CHECK(session->state == core::SessionState::Booked);
    REQUIRE(session->arrival_windows.size() == 2);
    CHECK(session->arrival_windows[0].party == core::Party::Carer);
    CHECK(session->arrival_windows[1].party == core::Party::Family);
    CHECK(session->arrival_windows[1].leave_order == 1);
    CHECK_FALSE(sessions.find_by_visit_code("AAAAAA"));
    CHECK(sessions.starting_between(kDemoNow, kDemoNow + 2h).size() == 1);
    CHECK(sessions.starting_between(kDemoNow + 2h, kDemoNow + 4h).empty());
}

TEST_CASE("visit codes are unique across sessions") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::SessionRepository sessions(t.db);
    auto copy = *sessions.find(f.session);
    copy.arrival_windows.clear();
    store::WriteTransaction tx(t.db, "system:test", kDemoNow);
    CHECK_THROWS_AS(sessions.add(tx, copy), store::StoreError);
}

TEST_CASE("session state changes follow the day's state machine") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::SessionRepository sessions(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        sessions.set_state(tx, f.session, core::SessionState::ParentArrived);
        tx.commit();
    }
    CHECK(sessions.find(f.session)->state == core::SessionState::ParentArrived);
    store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
    CHECK_THROWS_AS(sessions.set_state(tx, f.session, core::SessionState::Ended), store::StoreError);
}

TEST_CASE("a check-in is saved once, audited and queued for sync") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::CheckInRepository check_ins(t.db);
    core::CheckIn c{0, f.session, f.mum, core::Party::Family, kDemoNow, true, 1, "[[1,2],[3,4]]"};
    {
        store::WriteTransaction tx(t.db, "lobby", kDemoNow);
        check_ins.add(tx, c, R"({"kind":"check_in"})");
        tx.commit();
    }
    const auto saved = check_ins.for_session(f.session);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].adult_id == f.mum);
    CHECK(saved[0].signature_strokes == "[[1,2],[3,4]]");
    CHECK(check_ins.has_confirmed_version(f.mum, f.version));
    CHECK(store::OutboxRepository(t.db).counts().queued == 1);
    CHECK(store::AuditLog::latest(t.db, 1)[0].entry.action == "check_in.created");

    store::WriteTransaction again(t.db, "lobby", kDemoNow);
    CHECK_THROWS_AS(check_ins.add(again, c, "{}"), store::StoreError);
}

TEST_CASE("feedback round-trips and is queued") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::FeedbackRepository feedback(t.db);
    {
        store::WriteTransaction tx(t.db, "lobby", kDemoNow);
        feedback.add(tx, {0, f.session, 5, 4, "Lovely room", false, kDemoNow, f.venue, "2026-11-23"}, "{}");
        tx.commit();
    }
    const auto saved = feedback.for_session(f.session);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].child_face == 5);
    CHECK(saved[0].venue_id == f.venue);
    CHECK(saved[0].week == "2026-11-23");
    CHECK(store::OutboxRepository(t.db).counts().queued == 1);
}

TEST_CASE("an alert goes in the fast lane and is acknowledged once by a named worker") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::AlertRepository alerts(t.db);
    store::OutboxRepository outbox(t.db);
    {
        store::WriteTransaction tx(t.db, "lobby", kDemoNow);
        store::FeedbackRepository(t.db).add(tx, {0, f.session, 3, 3, "", false, kDemoNow, f.venue, "2026-11-23"}, "{}");
        alerts.raise(tx, {0, core::AlertKind::RepeatedWrongCodes, 0, kDemoNow, "5 wrong codes", 0, std::nullopt}, "{}");
        tx.commit();
    }
    const auto open = alerts.open_alerts();
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == core::AlertKind::RepeatedWrongCodes);
    const auto batch = outbox.next_batch(10);
    REQUIRE(batch.size() == 2);
    CHECK(batch[0].kind == "alert");  // fast lane first, though queued second
    CHECK(outbox.next_batch(10, true).size() == 1);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        alerts.acknowledge(tx, open[0].id, f.worker);
        tx.commit();
    }
    CHECK(alerts.open_alerts().empty());
    store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
    CHECK_THROWS_AS(alerts.acknowledge(tx, open[0].id, f.worker), store::StoreError);
}

TEST_CASE("sent outbox items leave the queue") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::OutboxRepository outbox(t.db);
    {
        store::WriteTransaction tx(t.db, "lobby", kDemoNow);
        store::FeedbackRepository(t.db).add(tx, {0, f.session, 3, 3, "", false, kDemoNow, f.venue, "2026-11-23"}, "{}");
        tx.commit();
    }
    const auto batch = outbox.next_batch(10);
    REQUIRE(batch.size() == 1);
    CHECK(batch[0].uuid.size() == 36);
    {
        store::WriteTransaction tx(t.db, "sync", kDemoNow);
        outbox.mark_sent(tx, batch[0].uuid);
        tx.commit();
    }
    CHECK(outbox.counts().queued == 0);
    CHECK(outbox.counts().sent == 1);
}

TEST_CASE("device state keeps the last value written") {
    TestStore t;
    store::DeviceStateRepository state(t.db);
    CHECK_FALSE(state.get("pull_cursor"));
    for (const char* value : {"10", "20"}) {
        store::WriteTransaction tx(t.db, "sync", kDemoNow);
        state.set(tx, "pull_cursor", value);
        tx.audit("sync.cursor_saved", "device_state", 0);
        tx.commit();
    }
    CHECK(state.get("pull_cursor") == std::optional<std::string>{"20"});
}

TEST_CASE("staff members keep their role") {
    TestStore t;
    store::StaffRepository staff(t.db);
    core::Id id = 0;
    {
        store::WriteTransaction tx(t.db, "system:test", kDemoNow);
        id = staff.add(tx, {0, "Alex", core::Role::Coordinator, true}, "hash");
        tx.commit();
    }
    const auto found = staff.find(id);
    REQUIRE(found);
    CHECK(found->role == core::Role::Coordinator);
    CHECK(staff.all().size() == 1);
}
