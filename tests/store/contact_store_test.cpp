// Life-story notes and letterbox items and arrangements (issue #16, items 3 and 4) in the store:
// written once, locked once they are records, their words gone after the server has had them for
// keep_synced_days, an arrangement's edits in the replication journal.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/entry_purge.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/life_story_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/purge_helpers.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::count;
using kiosk::testing::kDemoNow;
using kiosk::testing::purge;
using kiosk::testing::raw_sql_error;
using kiosk::testing::TestStore;

namespace {
constexpr const char* kCanary = "Ottoline said Quillfeather";

void send_everything(store::Database& db, core::Timestamp at) {
    store::OutboxRepository outbox(db);
    store::WriteTransaction tx(db, "sync", at);
    for (const auto& item : outbox.next_batch(100)) outbox.mark_sent(tx, item.uuid);
    tx.commit();
}
}  // namespace

TEST_CASE("a life-story note is written once, queued, locked, and loses its words after the server has it") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    core::Id id = 0;
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        id = store::LifeStoryRepository(t.db).add(
            tx, {0, f.child, f.session, f.worker, kDemoNow, core::LifeStoryKind::Photo, kCanary, kCanary, "Memory box"},
            [](core::Id) { return std::string(R"({"schema":2})"); });
        tx.commit();
    }
    const auto notes = store::LifeStoryRepository(t.db).of_child(f.child);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == core::LifeStoryKind::Photo);
    CHECK(notes[0].session_id == f.session);
    CHECK(count(t.db, "SELECT count(*) FROM outbox WHERE kind = 'life_story_note'") == 1);
    CHECK(count(t.db, "SELECT count(*) FROM life_story_notes WHERE uuid IS NOT NULL") == 1);
    // A record: nothing changes it and nothing deletes it, not even an insider's SQL.
    CHECK(raw_sql_error(t.db, "UPDATE life_story_notes SET words = 'other words'") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE life_story_notes SET words = ''") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM life_story_notes") == store::StoreErrorKind::Refused);

    send_everything(t.db, kDemoNow + 1h);
    CHECK(purge(t.db, kDemoNow + 1h + 24h * 6, 7) == 0);  // a week has not passed
    CHECK(purge(t.db, kDemoNow + 1h + 24h * 8, 7) >= 1);
    const auto after = store::LifeStoryRepository(t.db).find(id);
    REQUIRE(after);
    CHECK(after->words.empty());
    CHECK(after->consent_from.empty());
    CHECK(after->kept_at == "Memory box");  // where the photo is stays: it is no one's words
    CHECK(store::entry_purged_at(t.db, "life_story_note", id));
    CHECK(count(t.db, "SELECT count(*) FROM life_story_purge_permits") == 0);
    CHECK(count(t.db, "SELECT count(*) FROM outbox_payloads WHERE payload LIKE '%Ottoline%'") == 0);
    CHECK(store::AuditLog::verify(t.db).whole);
}

TEST_CASE("a letterbox item is logged, decided once, then locked; an arrangement's edits are journaled") {
    TestStore t;
    const auto f = kiosk::testing::add_sample_family(t.db);
    store::LetterboxRepository letterbox(t.db);
    core::Id arrangement = 0;
    core::Id item = 0;
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        arrangement = letterbox.save_arrangement(tx, {0, f.child, core::LetterboxDirection::ToChild, "Mum", 6, "2026-12-01", true});
        item = letterbox.log_item(tx, {0, f.child, arrangement, core::LetterboxDirection::ToChild,
                                       core::LetterboxItemKind::Card, "Mum", kCanary, kDemoNow - 24h, f.worker,
                                       core::LetterboxDecision::Waiting, {}, "", 0, std::nullopt});
        tx.commit();
    }
    CHECK(count(t.db, "SELECT count(*) FROM replication_journal WHERE kind = 'letterbox_arrangement'") == 1);
    CHECK(letterbox.waiting_items().size() == 1);
    CHECK(letterbox.received_dates(arrangement, "Europe/London") == std::vector<std::string>{"2026-11-22"});
    CHECK(count(t.db, "SELECT count(*) FROM outbox WHERE kind = 'letterbox_item'") == 0);  // not until decided
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        letterbox.decide(tx, item, core::LetterboxDecision::Held, {core::LetterboxCheck::NoPromises},
                         std::string("Names the street: ") + kCanary, f.worker, [](core::Id) { return std::string("{}"); });
        tx.commit();
    }
    const auto held = letterbox.item(item);
    REQUIRE(held);
    CHECK(held->decision == core::LetterboxDecision::Held);
    CHECK(held->checks_passed == std::vector{core::LetterboxCheck::NoPromises});
    CHECK(held->checked_by == f.worker);
    CHECK(letterbox.waiting_items().empty());
    CHECK(count(t.db, "SELECT count(*) FROM outbox WHERE kind = 'letterbox_item'") == 1);
    // Decided once: neither the repository nor raw SQL changes it again.
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        CHECK_THROWS_AS(letterbox.decide(tx, item, core::LetterboxDecision::Forwarded, core::letterbox_checks(), "",
                                         f.worker, [](core::Id) { return std::string("{}"); }),
                        store::StoreError);
    }
    CHECK(raw_sql_error(t.db, "UPDATE letterbox_items SET decision = 'forwarded'") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE letterbox_items SET description = ''") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "DELETE FROM letterbox_items") == store::StoreErrorKind::Refused);

    // Sent, and a week later its words go; that it came, when, and what was decided stay.
    send_everything(t.db, kDemoNow + 1h);
    CHECK(purge(t.db, kDemoNow + 1h + 24h * 8, 7) >= 1);
    const auto purged = letterbox.item(item);
    REQUIRE(purged);
    CHECK(purged->description.empty());
    CHECK(purged->reason.empty());
    CHECK(purged->decision == core::LetterboxDecision::Held);
    CHECK(letterbox.received_dates(arrangement, "Europe/London").size() == 1);
    CHECK(count(t.db, "SELECT count(*) FROM letterbox_purge_permits") == 0);
    CHECK(store::AuditLog::verify(t.db).whole);
}

TEST_CASE("children for a letterbox arrangement are found by the start of their first name, wildcards as letters") {
    TestStore t;
    kiosk::testing::add_sample_family(t.db);
    store::LetterboxRepository letterbox(t.db);
    CHECK(letterbox.children_named("Zeph").size() == 1);
    CHECK(letterbox.children_named("zeph").size() == 1);  // as a person types it
    CHECK(letterbox.children_named("%").empty());
    CHECK(letterbox.children_named("_eph").empty());
    CHECK(letterbox.children_named("").size() == 1);
}
