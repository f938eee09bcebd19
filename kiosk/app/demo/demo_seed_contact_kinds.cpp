#include "kiosk/app/demo/demo_seed_contact_kinds.hpp"

#include <functional>

#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/siblings.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
using namespace std::chrono_literals;

// A new version of the family's agreement, from its latest, with `change` applied.
core::Id new_version(store::WriteTransaction& tx, core::Id version_id, core::Timestamp now,
                     const std::function<void(core::AgreementVersion&)>& change) {
    store::AgreementRepository agreements(tx.db());
    core::AgreementVersion v = *agreements.version(version_id);
    const auto latest = agreements.latest_version(v.agreement_id);
    v.version = (latest ? latest->version : v.version) + 1;
    v.effective_from = now - 24h;
    change(v);
    return agreements.add_version(tx, v);
}

core::Id add_session(store::WriteTransaction& tx, const core::AgreementVersion& v, core::Id child, core::Id worker,
                     core::Timestamp starts, const char* code) {
    core::Session s;
    s.agreement_version_id = v.id;
    s.child_id = child;
    s.room_id = v.room_id;
    s.worker_id = worker;
    s.starts_at = starts;
    s.minutes = v.session_minutes;
    s.visit_code = code;
    // The demo's versions carry no arrival plan of their own: the defaults, as the morning's visits.
    const auto plans = v.arrival_plans.empty() ? core::default_agreement_version("2026-01-01").arrival_plans : v.arrival_plans;
    s.arrival_windows = core::arrival_windows_for(starts, plans);
    s.siblings = core::siblings_for(starts, v.siblings);
    return store::SessionRepository(tx.db()).add(tx, s);
}

// The child's referral (seed_coordinator_demo made one for each of its families).
core::Id referral_of(store::Database& db, core::Id child) {
    for (const auto& r : store::ReferralRepository(db).inbox()) {
        if (r.child_id == child) return r.id;
    }
    return 0;
}
}  // namespace

void seed_contact_kinds_demo(store::Database& db, const std::vector<CoordinatorDemoFamily>& families,
                             const std::vector<core::Id>& workers, core::Timestamp today, const std::string& time_zone,
                             DemoSeedResult& result) {
    if (families.size() < 5 || workers.size() < 2) return;
    // The fixed codes are the tests' and screenshots' handles; a large seed's random codes could
    // (very rarely) have drawn one already, and then this part of the demo is left out.
    store::SessionRepository sessions(db);
    for (const char* code : {kDemoSiblingVisitCode, kDemoCallVisitCode, kDemoParkVisitCode}) {
        if (sessions.visit_code_taken(code)) return;
    }
    const std::string day = core::local_date(today, time_zone);
    store::WriteTransaction tx(db, "system:demo-seed", today);
    store::FamilyRepository people(db);
    store::AgreementRepository agreements(db);

    // Zofia (the third family, agreed) and her little sister Mila, placed apart: Mila's carer
    // brings her in her own window. The same mum is recorded for both, so the coordinator's
    // agreement lists Mila as a possible sister.
    const CoordinatorDemoFamily& zofia = families[2];
    const auto mum = people.adults_of(zofia.child).front();
    const core::Id mila = people.add_child(tx, {0, "Mila", "Nowak", core::add_days(day, -(4 * 365 + 100)), "",
                                                "Dairy", "", "Little Acorns Nursery"});
    people.add_adult(tx, {0, mila, mum.first_name, mum.surname, mum.relationship});
    people.add_carer(tx, {0, mila, "Bronwen", "Atterbury", "7 Larch Close", "07700 900555"});
    const core::Id sibling_version = new_version(tx, zofia.version, today, [&](core::AgreementVersion& v) {
        v.siblings = {{mila, 2, {core::Party::Carer, 40, 20, 3}, {}}};
    });
    const auto sv = agreements.version(sibling_version);
    const auto at_two = core::local_to_utc(day, 14, 0, time_zone);
    const core::Id sibling_session = add_session(tx, *sv, zofia.child, workers[0], at_two, kDemoSiblingVisitCode);
    std::string room;
    if (const auto r = store::VenueRepository(db).room(sv->room_id)) room = r->name;
    result.todays_visits.push_back({kDemoSiblingVisitCode, "14:00", room, sibling_session});
    ++result.sessions;
    // Zofia's family reads Polish and asked for an interpreter.
    if (const core::Id referral = referral_of(db, zofia.child)) {
        store::ReferralRepository(db).set_language_needs(tx, referral, {"pl", true});
    }

    // Reuben (the fifth family, placed with his aunt): a WhatsApp video call the carer starts.
    const CoordinatorDemoFamily& reuben = families[4];
    const core::Id call_version = new_version(tx, reuben.version, today, [](core::AgreementVersion& v) {
        v.arrangement = {core::ContactMode::Virtual, "whatsapp", core::CallStarter::Carer, "",
                         core::SupervisedBy::ContactWorker, ""};
    });
    add_session(tx, *agreements.version(call_version), reuben.child, workers[0], core::local_to_utc(day, 15, 30, time_zone),
                kDemoCallVisitCode);
    ++result.sessions;

    // The second family: contact in the park, supervised by a consistent adult; the record is
    // still Sam's to write.
    const CoordinatorDemoFamily& park = families[1];
    const core::Id park_version = new_version(tx, park.version, today, [](core::AgreementVersion& v) {
        v.arrangement = {core::ContactMode::Community, "", core::CallStarter::Worker, "Riverside Park, by the café",
                         core::SupervisedBy::ConsistentAdult, "Rosa"};
    });
    add_session(tx, *agreements.version(park_version), park.child, workers[1], core::local_to_utc(day, 16, 0, time_zone),
                kDemoParkVisitCode);
    ++result.sessions;
    tx.commit();
}

}  // namespace kiosk::app
