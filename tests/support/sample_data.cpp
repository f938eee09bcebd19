#include "tests/support/sample_data.hpp"

#include "kiosk/core/siblings.hpp"
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

SampleSiblings add_sample_siblings(store::Database& db, const SampleFamily& f) {
    using namespace std::chrono_literals;
    SampleSiblings out;
    store::WriteTransaction tx(db, "system:test", kDemoNow);
    store::FamilyRepository people(db);
    store::AgreementRepository agreements(db);
    out.brother = people.add_child(tx, {0, kSiblingName, "Quillfeather", "2023-06-01", "", "Sesame", "Inhaler", ""});
    out.brother_carer = people.add_carer(tx, {0, out.brother, "Winsome", "Ravenscroft", "4 Heron Row", ""});
    people.add_adult(tx, {0, out.brother, "Sarah", "Hughes", "Mum"});  // the same mum: a possible sibling
    core::AgreementVersion v = *agreements.version(f.version);
    v.version = 2;
    v.effective_from = kDemoNow - 24h;
    v.frequency = "weekly";  // so sessions can be planned from it
    v.siblings = {{out.brother, 2, {core::Party::Carer, 40, 20, 3}}};
    out.version = agreements.add_version(tx, v);
    core::Session s = *store::SessionRepository(db).find(f.session);
    s.agreement_version_id = out.version;
    s.starts_at = kDemoNow + 235min;  // 14:00
    s.visit_code = kSiblingVisitCode;
    s.state = core::SessionState::Booked;
    s.arrival_windows = {{core::Party::Carer, s.starts_at - 25min, s.starts_at - 10min, 2},
                         {core::Party::Family, s.starts_at - 10min, s.starts_at + 15min, 1}};
    s.siblings = core::siblings_for(s.starts_at, v.siblings);
    out.session = store::SessionRepository(db).add(tx, s);
    tx.commit();
    return out;
}

SampleArrangement add_sample_call(store::Database& db, const SampleFamily& f, bool community) {
    using namespace std::chrono_literals;
    SampleArrangement out;
    store::WriteTransaction tx(db, "system:test", kDemoNow);
    store::AgreementRepository agreements(db);
    core::AgreementVersion v = *agreements.version(f.version);
    v.version = community ? 4 : 3;
    v.effective_from = kDemoNow - 12h;
    if (community) {
        v.arrangement = {core::ContactMode::Community, "", core::CallStarter::Worker, "Riverside Park",
                         core::SupervisedBy::ConsistentAdult, "Rosa"};
    } else {
        v.arrangement = {core::ContactMode::Virtual, "whatsapp", core::CallStarter::Carer, "",
                         core::SupervisedBy::ContactWorker, ""};
    }
    out.version = agreements.add_version(tx, v);
    core::Session s = *store::SessionRepository(db).find(f.session);
    s.agreement_version_id = out.version;
    s.starts_at = kDemoNow + 295min;  // 15:00
    s.visit_code = community ? "CW7JMY" : kCallVisitCode;
    s.state = core::SessionState::Booked;
    s.arrival_windows = {{core::Party::Carer, s.starts_at - 25min, s.starts_at - 10min, 2},
                         {core::Party::Family, s.starts_at - 10min, s.starts_at + 15min, 1}};
    out.session = store::SessionRepository(db).add(tx, s);
    tx.commit();
    return out;
}

}  // namespace kiosk::testing
