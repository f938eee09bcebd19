#include "tests/support/sample_data.hpp"

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {

SampleFamily add_sample_family(store::Database& db) {
    using namespace std::chrono_literals;
    SampleFamily f;
    store::WriteTransaction tx(db, "system:test", kDemoNow);
    store::VenueRepository venues(db);
    store::FamilyRepository people(db);
    store::AgreementRepository agreements(db);
    store::SessionRepository sessions(db);
    f.venue = venues.add_venue(tx, {0, "Test Centre", "Europe/London", "1 Test Street"});
    f.room = venues.add_room(tx, {0, f.venue, "Blue Room", 4, {"floor_mats", "books"}});
    f.worker = store::StaffRepository(db).add(tx, {0, "Jo", core::Role::Worker, true}, "");
    f.child = people.add_child(tx, {0, kSampleChildName, "Quillfeather", "2019-03-14", "", "Peanuts", "", "Elm School"});
    f.mum = people.add_adult(tx, {0, f.child, "Sarah", "Hughes", "Mum"});
    f.uncle = people.add_adult(tx, {0, f.child, "Gareth", "Hughes", "Uncle"});
    f.carer = people.add_carer(tx, {0, f.child, "Helen", "Marchbank", "12 Willow Lane", "07700 900123"});
    f.agreement = agreements.add_agreement(tx, {0, f.child, 0, kDemoNow});
    core::AgreementVersion v;
    v.agreement_id = f.agreement;
    v.version = 1;
    v.effective_from = kDemoNow - 24h * 30;
    v.supervision_level = core::SupervisionLevel::Supervised;
    v.session_minutes = 60;
    v.room_id = f.room;
    v.review_date = "2027-02-23";
    v.rules = {{"phones_photos", "No photos."}, {"gifts", "Show gifts to staff first."}};
    v.attendees = {{f.mum, "Sarah", "Mum"}};
    f.version = agreements.add_version(tx, v);
    core::Session s;
    s.agreement_version_id = f.version;
    s.child_id = f.child;
    s.room_id = f.room;
    s.worker_id = f.worker;
    s.starts_at = kDemoNow + 55min;  // 11:00
    s.minutes = 60;
    s.visit_code = kSampleVisitCode;
    s.arrival_windows = {{core::Party::Carer, s.starts_at - 25min, s.starts_at - 10min, 2},
                         {core::Party::Family, s.starts_at - 10min, s.starts_at + 15min, 1}};
    f.session = sessions.add(tx, s);
    tx.commit();
    return f;
}

}  // namespace kiosk::testing
