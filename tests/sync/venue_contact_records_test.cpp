// Issue #16, items 3 and 4, in a venue (issue #13): a life-story note written on a tablet during a
// session, and a letterbox item logged, checked and held on the coordinator's PC, reach the hub
// (which forwards every message upstream) and the venue's other coordinator, each once, with
// their words: both kinds are sealed records. The arrangement they came under travels as a
// journal snapshot. Neither the lobby nor a tablet is ever sent any of it.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/app/coordinator/letterbox_service.hpp"
#include "kiosk/app/staff/life_story_service.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
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

TEST_CASE("a life-story note from a tablet and a held letter from the PC reach the hub sealed and the other PC, never the lobby or a tablet",
          "[venue][contact]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& second_pc = venue.device("coord-2", "coordinator");
    auto& tablet = venue.device("tablet-1", "tablet");
    auto& other_tablet = venue.device("tablet-2", "tablet");
    auto& lobby = venue.device("lobby-1", "lobby");
    const auto family = add_sample_family(pc.store.db);
    core::Id alex = 0;
    {
        store::WriteTransaction tx(pc.store.db, "system:test", kDemoNow);
        alex = store::StaffRepository(pc.store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        tx.commit();
    }
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
    CHECK(venue.store->count_by_kind().at("letterbox_item") == 1);

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

    // The lobby and the tablets are never sent any of it (the tablet keeps only the note it wrote).
    REQUIRE(venue.sync(lobby).problem.empty());
    REQUIRE(venue.sync(other_tablet).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    holds_none(lobby);
    holds_none(other_tablet);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM life_story_notes") == 1);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM letterbox_arrangements") == 0);
    CHECK(HubFixture::count(tablet, "SELECT count(*) FROM letterbox_items") == 0);
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
