// The device side of a venue (issue #13): several device databases syncing through a real hub
// on 127.0.0.1. What one device writes appears on another; rows travel by UUID and never land on
// a different local row; what a pull writes does not go back; staff and their lockouts follow
// people from device to device; the hub's visit code wins over one proposed offline.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/sync/hub_sign_in_relay.hpp"
#include "kiosk/app/pin_hash.hpp"
#include "kiosk/app/record_payload.hpp"
#include "kiosk/app/staff/sign_in_service.hpp"
#include "kiosk/store/check_in_repository.hpp"
#include "kiosk/store/replication_journal.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/sync/hub_fixture.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;

namespace {
std::string uuid_of(HubDevice& d, store::Table table, core::Id id) {
    return store::UuidIndex(d.store.db).uuid_of(table, id);
}

core::Id add_staff(HubDevice& d, const std::string& name, const std::string& pin) {
    const std::string hash = app::hash_pin(pin);
    store::WriteTransaction tx(d.store.db, "staff:1", d.clock.now());
    const core::Id id = store::StaffRepository(d.store.db).add(tx, {0, name, core::Role::Worker, true}, hash);
    tx.commit();
    return id;
}

core::Id check_in_mum(HubDevice& lobby, const std::string& session_uuid, const std::string& mum_uuid) {
    const core::Id session = HubFixture::local_id(lobby, "sessions", session_uuid);
    const core::Id mum = HubFixture::local_id(lobby, "family_adults", mum_uuid);
    store::WriteTransaction tx(lobby.store.db, "lobby", lobby.clock.now());
    const core::Id id = store::CheckInRepository(lobby.store.db)
                            .add(tx, {0, session, mum, core::Party::Family, lobby.clock.now(), true, 1, "M1,1;L2,2"},
                                 app::payload_for(lobby.store.db, "check_in"));
    tx.commit();
    return id;
}
}  // namespace

TEST_CASE("what the coordinator's device books reaches the lobby and the tablet through the hub") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& lobby = venue.device("lobby-1", "lobby");
    auto& tablet = venue.device("tablet-1", "tablet");
    const auto family = add_sample_family(pc.store.db);
    const std::string session = uuid_of(pc, store::Table::Sessions, family.session);

    const auto sent = venue.sync(pc);
    REQUIRE(sent.problem.empty());
    CHECK(sent.snapshots_sent > 0);
    CHECK(store::ReplicationJournal(pc.store.db).waiting() == 0);
    REQUIRE(venue.sync(lobby).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());

    // The lobby can take the code: the booking, its agreement version and the approved mum are here.
    const auto booked = store::SessionRepository(lobby.store.db).find_by_visit_code(kSampleVisitCode);
    REQUIRE(booked);
    CHECK(uuid_of(lobby, store::Table::Sessions, booked->id) == session);
    CHECK(HubFixture::count(lobby, "SELECT count(*) FROM approved_attendees") == 1);
    // And nothing it must never hold: the child's surname and school stay on the coordinator's PC.
    CHECK(HubFixture::count(lobby, "SELECT count(*) FROM children WHERE restricted_surname <> '' "
                                   "OR restricted_school <> ''") == 0);
    // The tablet's board has the session, with the child's allergies.
    CHECK(HubFixture::local_id(tablet, "sessions", session) != 0);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM children WHERE allergies = 'Peanuts'") == 1);
}

TEST_CASE("a check-in at the lobby reaches the tablet, once, without its finger strokes") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& lobby = venue.device("lobby-1", "lobby");
    auto& tablet = venue.device("tablet-1", "tablet");
    const auto family = add_sample_family(pc.store.db);
    const std::string session = uuid_of(pc, store::Table::Sessions, family.session);
    const std::string mum = uuid_of(pc, store::Table::Adults, family.mum);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(lobby).problem.empty());

    const core::Id check_in = check_in_mum(lobby, session, mum);
    const std::string check_in_uuid = uuid_of(lobby, store::Table::CheckIns, check_in);
    const auto pushed = venue.sync(lobby);
    REQUIRE(pushed.problem.empty());
    CHECK(pushed.sent == 1);
    REQUIRE(venue.sync(tablet).problem.empty());
    const core::Id arrived = HubFixture::local_id(tablet, "check_ins", check_in_uuid);
    REQUIRE(arrived != 0);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM check_ins WHERE signed = 1 AND signature_strokes = ''") == 1);
    // Again: nothing twice.
    REQUIRE(venue.sync(lobby).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM check_ins") == 1);
    // What a pull wrote is not this device's change: nothing of it waits to go back.
    CHECK(store::ReplicationJournal(tablet.store.db).waiting() == 0);
    CHECK(store::ReplicationJournal(lobby.store.db).waiting() == 0);
}

TEST_CASE("a pulled booking that another device numbered 5 never overwrites this device's session 5") {
    HubFixture venue;
    auto& a = venue.device("coord-a", "coordinator");
    auto& b = venue.device("coord-b", "coordinator");
    // Each device makes its own family and sessions; both number them from 1.
    const auto mine = add_sample_family(a.store.db);
    const auto theirs = add_sample_family(b.store.db);
    {
        // Make both devices hold a session numbered 5 (the case): four more each.
        for (HubDevice* d : {&a, &b}) {
            const auto& f = d == &a ? mine : theirs;
            auto s = *store::SessionRepository(d->store.db).find(f.session);
            store::WriteTransaction tx(d->store.db, "staff:1", d->clock.now());
            for (int i = 0; i < 4; ++i) {
                s.visit_code = std::string(d == &a ? "AC34" : "DE34") + "679Y"[i] + "X";
                s.starts_at += 24h * 7;
                store::SessionRepository(d->store.db).add(tx, s);
            }
            tx.commit();
        }
    }
    const auto mine_5 = *store::SessionRepository(a.store.db).find(5);
    const auto theirs_5 = *store::SessionRepository(b.store.db).find(5);
    REQUIRE(uuid_of(a, store::Table::Sessions, 5) != uuid_of(b, store::Table::Sessions, 5));

    REQUIRE(venue.sync(b).problem.empty());
    const auto pulled = venue.sync(a);
    REQUIRE(pulled.problem.empty());
    // Session 5 here is still this device's own, as it was.
    const auto still_mine = *store::SessionRepository(a.store.db).find(5);
    CHECK(still_mine.visit_code == mine_5.visit_code);
    CHECK(still_mine.starts_at == mine_5.starts_at);
    // The other device's session 5 is here too, under a local id of this device's choosing.
    const core::Id landed = HubFixture::local_id(a, "sessions", uuid_of(b, store::Table::Sessions, 5));
    REQUIRE(landed != 0);
    CHECK(landed != 5);
    // Its code: the hub's allocation, which both devices proposed differently for their copies.
    CHECK(HubFixture::count(a, "SELECT count(*) FROM sessions") == 10);
    CHECK(store::SessionRepository(a.store.db).find(landed)->starts_at == theirs_5.starts_at);
}

TEST_CASE("a visit code proposed offline that the hub gave to another booking is corrected on the proposer") {
    HubFixture venue;
    auto& first = venue.device("coord-a", "coordinator");
    auto& second = venue.device("coord-b", "coordinator");
    const auto a = add_sample_family(first.store.db);
    const auto b = add_sample_family(second.store.db);  // the same code KT4MPX, another booking
    REQUIRE(venue.sync(first).problem.empty());
    REQUIRE(venue.sync(second).problem.empty());
    const auto corrected = *store::SessionRepository(second.store.db).find(b.session);
    CHECK(corrected.visit_code != kSampleVisitCode);
    CHECK(corrected.visit_code.size() == 6);
    // The first device gets the second's booking with its new code, and keeps its own.
    REQUIRE(venue.sync(first).problem.empty());
    CHECK(store::SessionRepository(first.store.db).find(a.session)->visit_code == kSampleVisitCode);
    const core::Id other = HubFixture::local_id(first, "sessions", uuid_of(second, store::Table::Sessions, b.session));
    REQUIRE(other != 0);
    CHECK(store::SessionRepository(first.store.db).find(other)->visit_code == corrected.visit_code);
}

TEST_CASE("many edits of one booking go to the hub as one snapshot") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    const auto family = add_sample_family(pc.store.db);
    for (int minutes : {45, 50, 55}) {
        pc.store.db.exec("UPDATE sessions SET minutes = " + std::to_string(minutes) + " WHERE id = " +
                         std::to_string(family.session));
    }
    CHECK(HubFixture::count(pc, "SELECT count(*) FROM replication_journal WHERE kind = 'booking'") == 1);
    CHECK(HubFixture::count(pc, "SELECT generation FROM replication_journal WHERE kind = 'booking'") > 3);
    const auto summary = venue.sync(pc);
    REQUIRE(summary.problem.empty());
    CHECK(store::ReplicationJournal(pc.store.db).waiting() == 0);
}

TEST_CASE("staff added on the coordinator's device sign in on a tablet with their PIN") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& tablet = venue.device("tablet-1", "tablet");
    const core::Id sam = add_staff(pc, "Sam", "135790");
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    const core::Id here = HubFixture::local_id(tablet, "staff", uuid_of(pc, store::Table::Staff, sam));
    REQUIRE(here != 0);
    app::SignInService sign_in(tablet.store.db, tablet.clock);
    CHECK(sign_in.sign_in(here, "000000").outcome == app::SignInOutcome::WrongPin);
    CHECK(sign_in.sign_in(here, "135790").outcome == app::SignInOutcome::SignedIn);
}

TEST_CASE("ten wrong PINs on one tablet lock the account on the other, counted at the hub") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& one = venue.device("tablet-1", "tablet");
    auto& two = venue.device("tablet-2", "tablet");
    // The hub counts with its own clock, the real one; the tablets' clocks start there too.
    const auto real_now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    for (HubDevice* d : {&pc, &one, &two}) d->clock.set(real_now);
    const core::Id sam = add_staff(pc, "Sam", "135790");
    const std::string sam_uuid = uuid_of(pc, store::Table::Staff, sam);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(one).problem.empty());
    REQUIRE(venue.sync(two).problem.empty());

    app::HubSignInRelay relay_one(one.config, [] { return true; });
    app::SignInService sign_in_one(one.store.db, one.clock);
    sign_in_one.set_relay(&relay_one);
    const core::Id sam_one = HubFixture::local_id(one, "staff", sam_uuid);
    CHECK(sign_in_one.sign_in(sam_one, "000000").outcome == app::SignInOutcome::WrongPin);
    // Counted at the hub first: its account says so before any snapshot of tablet one went.
    CHECK((*venue.hub_store->entity("staff", sam_uuid))["failed_attempts"] == 1);
    for (int i = 1; i < 10; ++i) {
        one.clock.advance(2min);  // past every slow-down this tablet asks for
        CHECK(sign_in_one.sign_in(sam_one, "000000").outcome != app::SignInOutcome::SignedIn);
    }
    CHECK(sign_in_one.sign_in(sam_one, "135790").outcome == app::SignInOutcome::Locked);
    REQUIRE(venue.sync(one).problem.empty());

    // Tablet two has pulled nothing since, but asks the hub first: even the right PIN is refused.
    two.clock.set(one.clock.now());
    app::HubSignInRelay relay_two(two.config, [] { return true; });
    app::SignInService sign_in_two(two.store.db, two.clock);
    sign_in_two.set_relay(&relay_two);
    CHECK(sign_in_two.sign_in(HubFixture::local_id(two, "staff", sam_uuid), "135790").outcome ==
          app::SignInOutcome::Locked);

    // And a tablet with the hub away refuses on its own once its feed brought the counters.
    auto& three = venue.device("tablet-3", "tablet");
    REQUIRE(venue.sync(three).problem.empty());
    three.clock.set(one.clock.now());
    app::SignInService offline(three.store.db, three.clock);
    CHECK(offline.sign_in(HubFixture::local_id(three, "staff", sam_uuid), "135790").outcome ==
          app::SignInOutcome::Locked);
}

TEST_CASE("the hub holds a pull for changes longer than the low-speed abort, and the device waits for it") {
    HubFixture venue;
    auto& lobby = venue.device("lobby-1", "lobby");
    REQUIRE(venue.sync(lobby).problem.empty());
    auto tuning = SyncFixture::quick_tuning();  // aborts a request silent for 1 s
    app::SyncOptions options;
    options.pull_wait = 3s;
    app::SyncProgressBoard board;
    const auto started = std::chrono::steady_clock::now();
    const auto summary = app::sync_once(lobby.config, lobby.clock, board, options, nullptr, tuning);
    CHECK(summary.problem.empty());
    // It was held (nothing changed), not answered at once: a lower bound only.
    CHECK(std::chrono::steady_clock::now() - started >= 2s);
}

// Found by the venue's call-event test (issue #16): a device the hub had seen nothing of sent its
// first batch, then a second one read while the first was on its way; journal snapshots read for
// the second had moved its audit head, and with no row the server had seen to vouch for, the hub
// refused it as a rewritten history (for good: a call event never changes, so it is never sent
// again). The first batch now goes alone.
TEST_CASE("a device's first sync that spans several batches of snapshots is refused nothing") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    add_sample_family(pc.store.db);
    REQUIRE(HubFixture::count(pc, "SELECT count(*) FROM replication_journal") >= 3);
    app::SyncOptions small;
    small.max_batch_records = 1;
    const auto summary = venue.sync(pc, small);
    REQUIRE(summary.problem.empty());
    CHECK(summary.snapshots_refused == 0);
    CHECK(HubFixture::count(pc, "SELECT count(*) FROM replication_journal") == 0);
    CHECK(venue.store->history_rewrites("coord-1") == 0);
}

TEST_CASE("an operator sends a snapshot the hub refused again; without that it would never go", "[venue][requeue]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    REQUIRE(venue.sync(pc).problem.empty());
    add_staff(pc, "Harriet", "2468");

    // The snapshot is made and kept on its way (the hub is out of reach), then the hub's answer
    // refuses it, as it would for a merge it cannot make.
    const std::string reachable = pc.config.server_url;
    pc.config.server_url = "https://127.0.0.1:1";
    CHECK_FALSE(venue.sync(pc).problem.empty());
    pc.config.server_url = reachable;
    store::ReplicationJournal journal(pc.store.db);
    std::string message;
    {
        auto s = pc.store.db.cached("SELECT message_uuid FROM replication_journal WHERE kind = 'staff' "
                                    "AND sent_generation = generation");
        REQUIRE(s.step());
        message = s.text(0);
        store::WriteTransaction tx(pc.store.db, "sync", pc.clock.now());
        journal.refuse(tx, message, "the hub could not merge it");
        tx.commit();
    }
    REQUIRE(journal.refused().size() == 1);
    CHECK(journal.refused().front().kind == "staff");
    CHECK(journal.refused().front().reason == "the hub could not merge it");

    // Left alone, a refused snapshot of an entity that does not change again is never sent.
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(pc).problem.empty());
    CHECK_FALSE(venue.store->stored_payload(message).has_value());

    {
        store::WriteTransaction tx(pc.store.db, "operator", pc.clock.now());
        CHECK(journal.requeue_refused(tx, {"not-a-message"}) == 0);
        CHECK(journal.requeue_refused(tx, {message}) == 1);
        tx.commit();
    }
    CHECK(HubFixture::count(pc, "SELECT count(*) FROM audit_log WHERE action = 'replication.requeued'") == 1);
    REQUIRE(venue.sync(pc).problem.empty());
    // The very message that was refused, now at the hub; nothing waits any more.
    CHECK(venue.store->stored_payload(message).has_value());
    CHECK(journal.waiting() == 0);
    CHECK(journal.refused().empty());
}
