// Issue #16, items 3 and 4, in a venue (issue #13): a life-story note written on a tablet during a
// session, and a letterbox item logged, checked and held on the coordinator's PC, reach the hub
// (which forwards every message upstream) and the venue's other coordinator, each once, with
// their words: both kinds are sealed records. The arrangement they came under travels as a
// journal snapshot. The lobby is never sent any of it; a tablet gets the letterbox (any worker
// may check an item, schema v24) but no other worker's life-story note. Two workers deciding one
// item at once: the first decision the hub accepted stands on every device.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/app/coordinator/letterbox_service.hpp"
#include "kiosk/app/staff/life_story_service.hpp"
#include "kiosk/app/staff/session_control_service.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/record_signature.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/sync/hub_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;

namespace {

constexpr const char* kChildsWords = "Zephyrine said the ducks are called Pipkin and Quorra";
constexpr const char* kHeldReason = "He asks which school she goes to, Brackenfold Primary";

std::vector<std::string> queued(HubDevice& d, const std::string& kind) {
    std::vector<std::string> out;
    for (const auto& item : store::OutboxRepository(d.store.db).next_batch(100)) {
        if (item.kind == kind) out.push_back(item.uuid);
    }
    return out;
}

// Nothing of the letterbox or the life story is on this device, in any table.
void holds_none(HubDevice& d) {
    INFO(d.id);
    CHECK(HubFixture::count(d, "SELECT count(*) FROM life_story_notes") == 0);
    CHECK(HubFixture::count(d, "SELECT count(*) FROM letterbox_arrangements") == 0);
    CHECK(HubFixture::count(d, "SELECT count(*) FROM letterbox_items") == 0);
}

}  // namespace

TEST_CASE("a life-story note from a tablet and a held letter from the PC reach the hub sealed and the other PC, never the lobby",
          "[venue][contact]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& second_pc = venue.device("coord-2", "coordinator");
    auto& tablet = venue.device("tablet-1", "tablet");
    auto& other_tablet = venue.device("tablet-2", "tablet");
    auto& lobby = venue.device("lobby-1", "lobby");
    const auto family = add_sample_family(pc.store.db);
    const core::Id alex = HubFixture::add_staff(pc, "Alex", core::Role::Coordinator);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    store::UuidIndex on_pc(pc.store.db);
    const std::string session = on_pc.uuid_of(store::Table::Sessions, family.session);
    const std::string worker = on_pc.uuid_of(store::Table::Staff, family.worker);

    // During the session, the worker notes the child's words on the tablet.
    const core::Id session_there = HubFixture::local_id(tablet, "sessions", session);
    REQUIRE(session_there != 0);
    core::LifeStoryNote note;
    note.kind = core::LifeStoryKind::ChildsWords;
    note.words = kChildsWords;
    const auto written = app::LifeStoryService(tablet.store.db, tablet.clock)
                             .write_note(session_there, HubFixture::local_id(tablet, "staff", worker), note);
    REQUIRE(written.problems.empty());
    const auto notes = queued(tablet, "life_story_note");
    REQUIRE(notes.size() == 1);
    CHECK(sync::is_sealed_kind("life_story_note"));

    // On the PC: Mum writes twice a year; her card arrives, is logged, fails one check and is held.
    const app::CoordinatorContext ctx{pc.store.db, pc.clock, "Europe/London", alex};
    const auto arrangement = app::save_letterbox_arrangement(
        ctx, {0, family.child, core::LetterboxDirection::ToChild, "Mum", 6, "2026-12-01", true});
    REQUIRE(arrangement.problems.empty());
    core::LetterboxItem card;
    card.arrangement_id = arrangement.id;
    card.kind = core::LetterboxItemKind::Card;
    card.from_whom = "Mum";
    card.description = "A birthday card with a drawing of the cat";
    card.received_at = kDemoNow - 2h;
    const auto logged = app::log_letterbox_item(ctx, card);
    REQUIRE(logged.problems.empty());
    CHECK(queued(pc, "letterbox_item").empty());  // waiting: not yet a record
    const auto held = app::decide_letterbox_item(
        ctx, logged.id, core::LetterboxDecision::Held,
        {core::LetterboxCheck::NoPromises, core::LetterboxCheck::NoDistressingContent}, kHeldReason);
    REQUIRE(held.problems.empty());
    const auto items = queued(pc, "letterbox_item");
    REQUIRE(items.size() == 1);
    CHECK(sync::is_sealed_kind("letterbox_item"));

    REQUIRE(venue.sync(tablet).problem.empty());
    REQUIRE(venue.sync(pc).problem.empty());
    // The hub stored each once, opened from its seal, as the kind's schema says.
    for (const auto& [kind, uuid, words] :
         {std::tuple{"life_story_note", notes.front(), kChildsWords}, std::tuple{"letterbox_item", items.front(), kHeldReason}}) {
        INFO(kind);
        const std::string stored = venue.store->stored_payload(uuid).value_or("");
        REQUIRE_FALSE(stored.empty());
        CHECK_THAT(stored, ContainsSubstring(words));
        CHECK(sync::check_payload(kind, 2, nlohmann::json::parse(stored)).empty());
    }
    CHECK(venue.store->count_by_kind().at("life_story_note") == 1);
    // The item as it was logged (a journal snapshot, which stays in the venue) and its decision.
    CHECK(venue.store->count_by_kind().at("letterbox_item") == 2);
    CHECK(items.front() == on_pc.uuid_of(store::Table::LetterboxItems, logged.id));  // one decision per item

    // The other coordinator's PC holds all three, the arrangement editable, the item held with its reason.
    REQUIRE(venue.sync(second_pc).problem.empty());
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM life_story_notes WHERE words = '" + std::string(kChildsWords) +
                                           "'") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_arrangements WHERE with_whom = 'Mum' "
                                       "AND every_months = 6") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_items WHERE decision = 'held' AND reason = '" +
                                           std::string(kHeldReason) + "'") == 1);
    // A second sync brings nothing twice.
    REQUIRE(venue.sync(second_pc).problem.empty());
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM life_story_notes") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_items") == 1);

    // The lobby is never sent any of it; the tablets get the letterbox, and no other worker's note.
    REQUIRE(venue.sync(lobby).problem.empty());
    REQUIRE(venue.sync(other_tablet).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    holds_none(lobby);
    CHECK(HubFixture::count(other_tablet, "SELECT count(*) FROM life_story_notes") == 0);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM life_story_notes") == 1);
    for (HubDevice* d : {&tablet, &other_tablet}) {
        INFO(d->id);
        CHECK(HubFixture::count(*d, "SELECT count(*) FROM letterbox_arrangements WHERE with_whom = 'Mum'") == 1);
        CHECK(HubFixture::count(*d, "SELECT count(*) FROM letterbox_items WHERE decision = 'held' AND reason = '" +
                                        std::string(kHeldReason) + "'") == 1);
    }
}

TEST_CASE("an arrangement edited on one coordinator's PC changes on the other's", "[venue][contact]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& second_pc = venue.device("coord-2", "coordinator");
    const auto family = add_sample_family(pc.store.db);
    const app::CoordinatorContext ctx{pc.store.db, pc.clock, "Europe/London", family.worker};
    auto a = core::LetterboxArrangement{0, family.child, core::LetterboxDirection::FromChild, "Grandad Peter", 6,
                                        "2026-12-01", true};
    a.id = app::save_letterbox_arrangement(ctx, a).id;
    REQUIRE(a.id != 0);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(second_pc).problem.empty());
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_arrangements WHERE every_months = 6") == 1);

    a.every_months = 4;  // three times a year now
    REQUIRE(app::save_letterbox_arrangement(ctx, a).problems.empty());
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(second_pc).problem.empty());
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_arrangements") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_arrangements WHERE every_months = 4 "
                                       "AND with_whom = 'Grandad Peter' AND direction = 'from_child'") == 1);
}

namespace {

// A card for the sample family's child, logged on `pc` by `by`, waiting; its UUID.
std::string log_card(HubDevice& pc, core::Id child, core::Id by) {
    const app::CoordinatorContext ctx{pc.store.db, pc.clock, "Europe/London", by};
    core::LetterboxItem card;
    card.child_id = child;
    card.kind = core::LetterboxItemKind::Card;
    card.from_whom = "Nan";
    card.description = "A card with a drawing of the seaside";
    card.received_at = kDemoNow - 1h;
    const auto logged = app::log_letterbox_item(ctx, card);
    REQUIRE(logged.problems.empty());
    return store::UuidIndex(pc.store.db).uuid_of(store::Table::LetterboxItems, logged.id);
}

void decide(HubDevice& d, const std::string& item, const std::string& worker_uuid, core::LetterboxDecision decision,
            const std::string& reason) {
    const app::CoordinatorContext ctx{d.store.db, d.clock, "Europe/London", HubFixture::local_id(d, "staff", worker_uuid)};
    const auto checks = decision == core::LetterboxDecision::Forwarded ? core::letterbox_checks()
                                                                       : std::vector{core::LetterboxCheck::NoPromises};
    REQUIRE(app::decide_letterbox_item(ctx, HubFixture::local_id(d, "letterbox_items", item), decision, checks, reason)
                .problems.empty());
}

std::string decision_on(HubDevice& d, const std::string& item) {
    auto q = d.store.db.cached("SELECT i.decision || ' by ' || s.display_name FROM letterbox_items i "
                               "JOIN staff s ON s.id = i.checked_by WHERE i.uuid = ?");
    q.bind(1, item);
    return q.step() ? q.text(0) : std::string{"waiting"};
}

}  // namespace

TEST_CASE("two workers decide one letterbox item at once: the first decision the hub accepted stands everywhere",
          "[venue][contact]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& first = venue.device("tablet-1", "tablet");
    auto& second = venue.device("tablet-2", "tablet");
    auto& lobby = venue.device("lobby-1", "lobby");
    const auto family = add_sample_family(pc.store.db);
    const core::Id sam = HubFixture::add_staff(pc, "Sam", core::Role::Worker);
    store::UuidIndex on_pc(pc.store.db);
    const std::string jo = on_pc.uuid_of(store::Table::Staff, family.worker);
    const std::string sams = on_pc.uuid_of(store::Table::Staff, sam);

    // Each order the second device can meet the first decision in: its own still queued when it
    // hears (it withdraws it, never sent), or already refused by the hub when it hears.
    for (const bool second_pushes_first : {false, true}) {
        INFO("the second tablet pushes before it pulls: " << second_pushes_first);
        const std::string item = log_card(pc, family.child, family.worker);
        REQUIRE(venue.sync(pc).problem.empty());
        REQUIRE(venue.sync(first).problem.empty());
        REQUIRE(venue.sync(second).problem.empty());
        CHECK(decision_on(first, item) == "waiting");
        CHECK(decision_on(second, item) == "waiting");

        // Jo forwards it on one tablet while Sam holds it on the other, neither having heard.
        decide(first, item, jo, core::LetterboxDecision::Forwarded, "");
        second.clock.advance(std::chrono::minutes{1});
        decide(second, item, sams, core::LetterboxDecision::Held, "It promises a visit at Christmas");
        REQUIRE(venue.sync(first).problem.empty());  // Jo's reaches the hub first
        if (second_pushes_first) {
            const auto summary = venue.sync(second);
            CHECK(summary.rejected == 1);  // the hub refused Sam's: the item has its decision
        } else {
            // The hub's copy reaches Sam's tablet before its own decision left: applied as a pull
            // applies a page (replication muted), then the tablet syncs and sends nothing of Sam's.
            const auto jos = store::ReplicaReader(first.store.db).letterbox_item(HubFixture::local_id(first, "letterbox_items", item));
            REQUIRE(jos);
            store::WriteTransaction tx(second.store.db, "system:sync", kDemoNow);
            tx.mute_replication();
            store::ReplicaApplier(tx, second.id).apply(core::replica::Entity{*jos});
            tx.unmute_replication();
            tx.commit();
            const auto summary = venue.sync(second);
            REQUIRE(summary.problem.empty());
            CHECK(summary.rejected == 0);
            CHECK(summary.sent == 0);
        }
        // Sam's tablet now shows Jo's decision, and says why its own went nowhere.
        CHECK(decision_on(second, item) == "forwarded by Jo");
        CHECK(HubFixture::count(second, "SELECT count(*) FROM letterbox_items WHERE uuid = '" + item +
                                            "' AND reason = ''") == 1);
        CHECK(HubFixture::count(second, "SELECT count(*) FROM outbox o JOIN letterbox_items i ON i.id = o.entity_id "
                                        "WHERE o.kind = 'letterbox_item' AND i.uuid = '" + item +
                                        "' AND o.state = 'rejected' AND o.last_error LIKE 'another worker decided%'") == 1);
        // The hub stored one decision under the item's UUID: Jo's.
        const std::string stored = venue.store->stored_payload(item).value_or("");
        CHECK_THAT(stored, ContainsSubstring("\"decision\":\"forwarded\""));
        REQUIRE(venue.sync(pc).problem.empty());
        REQUIRE(venue.sync(first).problem.empty());
        CHECK(decision_on(pc, item) == "forwarded by Jo");
        CHECK(decision_on(first, item) == "forwarded by Jo");
    }
    CHECK(HubFixture::count(second, "SELECT count(*) FROM audit_log WHERE action = 'letterbox.decision_replaced'") == 2);
    REQUIRE(venue.sync(lobby).problem.empty());
    holds_none(lobby);
}

TEST_CASE("a call's events recorded on one tablet reach the other tablet and the PC, each once, never the lobby",
          "[venue][contact]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& tablet = venue.device("tablet-1", "tablet");
    auto& other_tablet = venue.device("tablet-2", "tablet");
    auto& lobby = venue.device("lobby-1", "lobby");
    const auto family = add_sample_family(pc.store.db);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    store::UuidIndex on_pc(pc.store.db);
    const std::string session = on_pc.uuid_of(store::Table::Sessions, family.session);
    const core::Id there = HubFixture::local_id(tablet, "sessions", session);
    const core::Id worker = HubFixture::local_id(tablet, "staff", on_pc.uuid_of(store::Table::Staff, family.worker));
    app::SessionControlService control(tablet.store.db, tablet.clock);
    control.call_event(there, worker, core::CallParty::Child, core::CallEventKind::Joined);
    control.call_event(there, worker, core::CallParty::Family, core::CallEventKind::Joined);
    tablet.clock.advance(std::chrono::minutes{12});
    control.call_event(there, worker, core::CallParty::Family, core::CallEventKind::Dropped);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM replication_journal WHERE kind = 'call_event'") == 3);

    REQUIRE(venue.sync(tablet).problem.empty());
    CHECK(venue.store->count_by_kind().at("call_event") == 3);
    REQUIRE(venue.sync(tablet).problem.empty());  // nothing twice
    CHECK(venue.store->count_by_kind().at("call_event") == 3);
    for (HubDevice* d : {&pc, &other_tablet}) {
        INFO(d->id);
        REQUIRE(venue.sync(*d).problem.empty());
        CHECK(HubFixture::count(*d, "SELECT count(*) FROM call_events e JOIN sessions s ON s.id = e.session_id "
                                    "WHERE s.uuid = '" + session + "'") == 3);
        CHECK(HubFixture::count(*d, "SELECT count(*) FROM call_events WHERE party = 'family' AND event = 'dropped' "
                                    "AND at = " + std::to_string(core::to_unix(kDemoNow + std::chrono::minutes{12}))) == 1);
        REQUIRE(venue.sync(*d).problem.empty());
        CHECK(HubFixture::count(*d, "SELECT count(*) FROM call_events") == 3);
        // What a device applied from the hub is not sent back as its own.
        CHECK(HubFixture::count(*d, "SELECT count(*) FROM replication_journal WHERE kind = 'call_event'") == 0);
    }
    REQUIRE(venue.sync(lobby).problem.empty());
    CHECK(HubFixture::count(lobby, "SELECT count(*) FROM call_events") == 0);
    CHECK(HubFixture::count(lobby, "SELECT count(*) FROM sessions WHERE uuid = '" + session + "'") == 1);
}
