// Schema v26: copies a device was sent by the venue hub lose their words as the device's own
// records do. A concern raised on a tablet, a life-story note written there and a letter held on
// the coordinator's PC reach a second coordinator's PC with their words; keep_synced_days after
// they arrived there, its next sync takes the words and keeps the rows (who, when, what kind, the
// decision), while the devices that wrote them keep theirs until the social work team has them.
// A letter still waiting for its check keeps its words wherever it is.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/coordinator/letterbox_service.hpp"
#include "kiosk/app/staff/life_story_service.hpp"
#include "kiosk/app/staff/safeguarding_service.hpp"
#include "kiosk/app/sync/venue_sync.hpp"
#include "kiosk/store/entry_purge.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/sync/hub_fixture.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;

namespace {

constexpr const char* kConcernWords = "Quillon said his uncle shouts when the lights go out";
constexpr const char* kChildsWords = "Zephyrine said the ducks are called Pipkin and Quorra";
constexpr const char* kHeldReason = "He asks which school she goes to, Brackenfold Primary";
constexpr const char* kWaitingCard = "A card with a drawing of the seaside from Nan Orla";

std::int64_t holding(HubDevice& d, const std::string& words) {
    return HubFixture::count(d, "SELECT (SELECT count(*) FROM concerns WHERE text = '" + words + "') + "
                                "(SELECT count(*) FROM life_story_notes WHERE words = '" + words + "') + "
                                "(SELECT count(*) FROM letterbox_items WHERE reason = '" + words +
                                "' OR description = '" + words + "')");
}

}  // namespace

TEST_CASE("copies sent by the hub lose their words keep_synced_days after they arrived; the rows and the writers' own stay",
          "[venue][purge]") {
    HubFixture venue;
    auto& pc = venue.device("coord-1", "coordinator");
    auto& tablet = venue.device("tablet-1", "tablet");
    auto& second_pc = venue.device("coord-2", "coordinator");
    const auto family = add_sample_family(pc.store.db);
    const core::Id alex = HubFixture::add_staff(pc, "Alex", core::Role::Coordinator);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    store::UuidIndex on_pc(pc.store.db);
    const std::string session = on_pc.uuid_of(store::Table::Sessions, family.session);
    const std::string worker = on_pc.uuid_of(store::Table::Staff, family.worker);

    // On the tablet: a concern and a note of the child's words.
    const core::Id session_there = HubFixture::local_id(tablet, "sessions", session);
    const core::Id worker_there = HubFixture::local_id(tablet, "staff", worker);
    REQUIRE(session_there != 0);
    app::SafeguardingService(tablet.store.db, tablet.clock)
        .raise_concern(session_there, worker_there, core::ConcernSeverity::High, kConcernWords);
    core::LifeStoryNote note;
    note.kind = core::LifeStoryKind::ChildsWords;
    note.words = kChildsWords;
    REQUIRE(app::LifeStoryService(tablet.store.db, tablet.clock).write_note(session_there, worker_there, note).problems.empty());

    // On the PC: a card held with a reason, and one still waiting for its check.
    const app::CoordinatorContext ctx{pc.store.db, pc.clock, "Europe/London", alex};
    core::LetterboxItem card;
    card.child_id = family.child;
    card.kind = core::LetterboxItemKind::Card;
    card.from_whom = "Mum";
    card.description = "A birthday card with a drawing of the cat";
    card.received_at = kDemoNow - 2h;
    const auto held = app::log_letterbox_item(ctx, card);
    REQUIRE(held.problems.empty());
    REQUIRE(app::decide_letterbox_item(ctx, held.id, core::LetterboxDecision::Held, {core::LetterboxCheck::NoPromises},
                                       kHeldReason)
                .problems.empty());
    card.from_whom = "Nan";
    card.description = kWaitingCard;
    REQUIRE(app::log_letterbox_item(ctx, card).problems.empty());

    REQUIRE(venue.sync(tablet).problem.empty());
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(second_pc).problem.empty());
    for (const char* words : {kConcernWords, kChildsWords, kHeldReason, kWaitingCard}) {
        INFO(words);
        CHECK(holding(second_pc, words) == 1);
    }

    // Six days on, the copies are kept.
    second_pc.clock.advance(std::chrono::days{second_pc.config.keep_synced_days - 1});
    REQUIRE(venue.sync(second_pc).problem.empty());
    CHECK(holding(second_pc, kConcernWords) == 1);
    CHECK(holding(second_pc, kChildsWords) == 1);
    CHECK(holding(second_pc, kHeldReason) == 1);

    // A day later they have been there keep_synced_days: the words go, the rows stay.
    second_pc.clock.advance(std::chrono::days{1} + 1min);
    REQUIRE(venue.sync(second_pc).problem.empty());
    CHECK(holding(second_pc, kConcernWords) == 0);
    CHECK(holding(second_pc, kChildsWords) == 0);
    CHECK(holding(second_pc, kHeldReason) == 0);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_items WHERE description = ''") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM concerns WHERE severity = 'high'") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM life_story_notes WHERE kind = 'childs_words'") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM letterbox_items WHERE decision = 'held'") == 1);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM purged_entries") == 3);
    CHECK(HubFixture::count(second_pc, "SELECT count(*) FROM audit_log WHERE action LIKE '%.purged' "
                                       "AND detail LIKE '%received from the venue hub%'") == 3);
    // The letter waiting for a check keeps what it is: a worker still needs it to decide.
    CHECK(holding(second_pc, kWaitingCard) == 1);
    // A later page of the same things brings no words back.
    REQUIRE(venue.sync(second_pc).problem.empty());
    CHECK(holding(second_pc, kConcernWords) + holding(second_pc, kChildsWords) + holding(second_pc, kHeldReason) == 0);

    // The writers' own copies follow their own rule (the social work team's receipt), not this one.
    CHECK(holding(tablet, kConcernWords) == 1);
    CHECK(holding(tablet, kChildsWords) == 1);
    CHECK(holding(pc, kHeldReason) == 1);
    // Nothing the purge did goes back to the hub as a change.
    REQUIRE(venue.sync(pc).problem.empty());
    CHECK(holding(pc, kHeldReason) == 1);
}

TEST_CASE("outside a purge a copy from the hub stays locked", "[venue][purge]") {
    HubFixture venue;
    auto& tablet = venue.device("tablet-1", "tablet");
    auto& pc = venue.device("coord-1", "coordinator");
    const auto family = add_sample_family(pc.store.db);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    const std::string session = store::UuidIndex(pc.store.db).uuid_of(store::Table::Sessions, family.session);
    const std::string worker = store::UuidIndex(pc.store.db).uuid_of(store::Table::Staff, family.worker);
    app::SafeguardingService(tablet.store.db, tablet.clock)
        .raise_concern(HubFixture::local_id(tablet, "sessions", session), HubFixture::local_id(tablet, "staff", worker),
                       core::ConcernSeverity::Medium, kConcernWords);
    REQUIRE(venue.sync(tablet).problem.empty());
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(holding(pc, kConcernWords) == 1);
    store::WriteTransaction tx(pc.store.db, "system:test", kDemoNow);
    CHECK_THROWS(pc.store.db.exec("UPDATE concerns SET text = '' WHERE text <> ''"));
    // A permit is for a received copy or a delivered concern, not for any row at all.
    CHECK_THROWS(pc.store.db.exec("INSERT INTO concern_purge_permits (concern_id) VALUES (987654)"));
}

TEST_CASE("the continuous worker takes the words of old copies when a pull brings something, not only after a receipt",
          "[venue][purge]") {
    HubFixture venue;
    auto& tablet = venue.device("tablet-1", "tablet");
    auto& pc = venue.device("coord-1", "coordinator");
    const auto family = add_sample_family(pc.store.db);
    REQUIRE(venue.sync(pc).problem.empty());
    REQUIRE(venue.sync(tablet).problem.empty());
    store::UuidIndex on_pc(pc.store.db);
    const core::Id session = HubFixture::local_id(tablet, "sessions", on_pc.uuid_of(store::Table::Sessions, family.session));
    const core::Id worker = HubFixture::local_id(tablet, "staff", on_pc.uuid_of(store::Table::Staff, family.worker));
    app::SafeguardingService raise(tablet.store.db, tablet.clock);
    raise.raise_concern(session, worker, core::ConcernSeverity::High, kConcernWords);
    REQUIRE(venue.sync(tablet).problem.empty());

    // The coordinator's PC runs the venue's continuous sync, as its window's worker does.
    app::VenueSync worker_sync(pc.config, pc.clock, nullptr, nullptr, SyncFixture::quick_tuning());
    REQUIRE(worker_sync.cycle(0s, {}).problem.empty());
    REQUIRE(holding(pc, kConcernWords) == 1);

    // A week on, the next page the hub sends (a second concern) is the moment the first one's
    // words go; the second's stay.
    pc.clock.advance(std::chrono::days{pc.config.keep_synced_days} + 1min);
    tablet.clock.advance(std::chrono::days{pc.config.keep_synced_days} + 1min);
    raise.raise_concern(session, worker, core::ConcernSeverity::Medium, kChildsWords);
    REQUIRE(venue.sync(tablet).problem.empty());
    const auto cycle = worker_sync.cycle(0s, {});
    REQUIRE(cycle.problem.empty());
    CHECK(cycle.pulled_changes > 0);
    CHECK(holding(pc, kConcernWords) == 0);
    CHECK(holding(pc, kChildsWords) == 1);
}
