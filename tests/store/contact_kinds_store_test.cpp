// Issue #16 in the store: siblings on an agreement and in a session (v13), how contact happens
// and a call's events (v14), the family's language needs on the referral (v15).
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/call_event_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::raw_sql_error;
using namespace std::chrono_literals;

TEST_CASE("an agreement version keeps its siblings and how contact happens") {
    testing::TestStore t;
    const auto f = testing::add_sample_family(t.db);
    const auto sib = testing::add_sample_siblings(t.db, f);
    const auto v = store::AgreementRepository(t.db).version(sib.version);
    REQUIRE(v);
    REQUIRE(v->siblings.size() == 1);
    CHECK(v->siblings[0].child_id == sib.brother);
    CHECK(v->siblings[0].first_name == testing::kSiblingName);
    CHECK(v->siblings[0].carer.arrive_from_minutes_before == 40);
    CHECK(v->siblings[0].carer.leave_order == 3);
    CHECK(v->arrangement.mode == core::ContactMode::Venue);  // the default, as before v14

    const auto call = testing::add_sample_call(t.db, f);
    const auto c = store::AgreementRepository(t.db).version(call.version);
    CHECK(c->arrangement.mode == core::ContactMode::Virtual);
    CHECK(c->arrangement.platform == "whatsapp");
    CHECK(c->arrangement.call_started_by == core::CallStarter::Carer);
    const auto park = testing::add_sample_call(t.db, f, true);
    const auto p = store::AgreementRepository(t.db).version(park.version);
    CHECK(p->arrangement.mode == core::ContactMode::Community);
    CHECK(p->arrangement.community_place == "Riverside Park");
    CHECK(p->arrangement.supervised_by == core::SupervisedBy::ConsistentAdult);
    CHECK(p->arrangement.supervisor_name == "Rosa");

    // The database refuses what the rules never write.
    CHECK(raw_sql_error(t.db, "UPDATE agreement_versions SET contact_mode = 'telepathy'") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE agreement_versions SET supervised_by = 'nobody'") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE agreement_siblings SET position = 1") == store::StoreErrorKind::Refused);
}

TEST_CASE("a sibling session keeps each sibling's carer window and who brought them") {
    testing::TestStore t;
    const auto f = testing::add_sample_family(t.db);
    const auto sib = testing::add_sample_siblings(t.db, f);
    store::SessionRepository sessions(t.db);
    auto s = sessions.find_by_visit_code(testing::kSiblingVisitCode);
    REQUIRE(s);
    REQUIRE(s->siblings.size() == 1);
    CHECK(s->siblings[0].carer_window.arrive_from == s->starts_at - 40min);
    CHECK(s->siblings[0].carer_window.arrive_until == s->starts_at - 20min);
    CHECK_FALSE(s->siblings[0].arrived_at);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        sessions.record_sibling_arrived(tx, sib.session, sib.brother, "Winsome, carer");
        tx.commit();
    }
    s = sessions.find(sib.session);
    CHECK(s->siblings[0].brought_by == "Winsome, carer");
    CHECK(s->siblings[0].arrived_at == kDemoNow);
    CHECK(s->state == core::SessionState::Booked);  // the session's own child is not here yet
    store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
    CHECK_THROWS_AS(sessions.record_sibling_arrived(tx, sib.session, sib.brother, "again"), store::StoreError);
    CHECK_THROWS_AS(sessions.record_sibling_arrived(tx, sib.session, f.child, "not a sibling"), store::StoreError);
    CHECK_THROWS_AS(sessions.record_sibling_arrived(tx, f.session, sib.brother, "not this session"), store::StoreError);
}

TEST_CASE("a call's events are kept in order and can never be changed") {
    testing::TestStore t;
    const auto f = testing::add_sample_family(t.db);
    const auto call = testing::add_sample_call(t.db, f);
    store::CallEventRepository events(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        events.add(tx, {0, call.session, kDemoNow + 2min, core::CallParty::Child, core::CallEventKind::Joined, f.worker});
        events.add(tx, {0, call.session, kDemoNow, core::CallParty::Family, core::CallEventKind::Joined, f.worker});
        events.add(tx, {0, call.session, kDemoNow + 9min, core::CallParty::Family, core::CallEventKind::Dropped, f.worker});
        tx.commit();
    }
    const auto got = events.for_session(call.session);
    REQUIRE(got.size() == 3);
    CHECK(got[0].party == core::CallParty::Family);
    CHECK(got[2].kind == core::CallEventKind::Dropped);
    CHECK(raw_sql_error(t.db, "UPDATE call_events SET event = 'left'") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM call_events") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "INSERT INTO call_events (session_id, at, party, event, recorded_by) VALUES (" +
                                  std::to_string(call.session) + ", 0, 'family', 'vanished', 1)") ==
          store::StoreErrorKind::Refused);
}

TEST_CASE("the referral keeps the family's language needs; the newest that says any counts") {
    testing::TestStore t;
    const auto f = testing::add_sample_family(t.db);
    store::ReferralRepository referrals(t.db);
    core::Id first = 0;
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        core::Referral r{0, f.child, "Dana Okafor", "", kDemoNow - 48h, core::ReferralStatus::New, {"pl", true}};
        first = referrals.add(tx, r);
        r.received_at = kDemoNow - 24h;
        r.language = {};
        referrals.add(tx, r);  // a later referral that does not say
        tx.commit();
    }
    CHECK(referrals.find(first)->language.preferred == "pl");
    CHECK(referrals.find(first)->language.interpreter_needed);
    CHECK(referrals.language_needs_for_child(f.child).preferred == "pl");
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        referrals.set_language_needs(tx, first, {"es", false});
        tx.commit();
    }
    CHECK(referrals.language_needs_for_child(f.child).preferred == "es");
    CHECK_FALSE(referrals.language_needs_for_child(f.child).interpreter_needed);
    CHECK(referrals.language_needs_for_child(f.child + 99).preferred.empty());
    CHECK(raw_sql_error(t.db, "UPDATE referrals SET interpreter_needed = 2") == store::StoreErrorKind::Refused);
}

TEST_CASE("a sibling's part of the record is saved, read back and locked with the record") {
    testing::TestStore t;
    const auto f = testing::add_sample_family(t.db);
    const auto sib = testing::add_sample_siblings(t.db, f);
    store::RecordRepository records(t.db);
    core::Id id = 0;
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        id = records.create_draft(tx, sib.session, f.worker);
        records.save_section(tx, id, core::RecordSection::ChildVoice, "Said she liked the puzzle.");
        records.save_sibling_section(tx, id, core::RecordSection::ChildVoice, 2, "Asked for more bubbles.");
        tx.commit();
    }
    auto r = records.find(id);
    REQUIRE(r);
    REQUIRE(r->sibling_sections.size() == 1);
    CHECK(r->sibling_sections[0].position == 2);
    CHECK(r->sibling_sections[0].text == "Asked for more bubbles.");
    CHECK(r->sections.size() == 1);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        records.finalize(tx, id, "sealed");
        tx.commit();
    }
    store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
    CHECK_THROWS_AS(records.save_sibling_section(tx, id, core::RecordSection::ChildVoice, 2, "changed"), store::StoreError);
    CHECK(raw_sql_error(t.db, "UPDATE record_sections SET text = 'x' WHERE section = 'child_voice#2'") ==
          store::StoreErrorKind::Refused);
}
