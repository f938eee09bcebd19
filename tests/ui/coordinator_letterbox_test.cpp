// Letterbox contact on the coordinator's face (issue #16, item 3), tapped and typed through the
// real screens: an arrangement made (twice a year), its due date on the deadlines board, a card
// logged as it arrives, checked against the agreement and held with the reason, a letter that
// passes every check forwarded; each decision queued as a sealed record for the social work team.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

std::int64_t queued(store::Database& db, const std::string& kind) {
    std::int64_t n = 0;
    for (const auto& item : store::OutboxRepository(db).next_batch(100)) n += item.kind == kind ? 1 : 0;
    return n;
}

void type_into(testing::CoordinatorApp& f, const std::string& field, const std::string& words) {
    auto draw = [&] { f.draw(); };
    f.h.tap(field, draw);
    f.h.frame(draw);
    f.h.type_text(words, draw);
}

}  // namespace

TEST_CASE("a letterbox card is logged, checked, held with a reason; a letter passing every check is forwarded") {
    testing::CoordinatorApp f;
    auto draw = [&] { f.draw(); };
    core::Id alex = 0;
    {
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        alex = store::StaffRepository(f.store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        tx.commit();
    }
    const std::string child = testing::kSampleChildName;
    f.open_coordinator(alex);
    f.h.tap("Letterbox", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("No letterbox arrangements yet."));

    // Mum writes to the child twice a year, the first exchange on 1 December.
    f.h.tap("New arrangement", draw);
    type_into(f, "Child's first name", child.substr(0, 4));
    f.h.tap("Find", draw);
    f.h.tap(child, draw);
    type_into(f, "Family member (first name and who they are)", "Mum");
    f.app.coordinator()->letterbox_page().draft().first_due = "2026-12-01";
    f.h.tap("Save arrangement", draw);
    std::string text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Arrangement saved."));
    CHECK_THAT(text, ContainsSubstring("Mum writes to " + child + ", every 6 months"));
    CHECK_THAT(text, ContainsSubstring("Next due Tue 1 Dec"));

    // Due within the month: the deadlines board lists it.
    f.h.tap("Deadlines", draw);
    text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Letterbox"));
    // Due by the end of 1 December: the board says the day, as the arrangement does ("Next due Tue 1 Dec").
    CHECK_THAT(text, ContainsSubstring("| Tue 1 Dec |"));
    f.h.tap("Letterbox", draw);

    // Her card arrives and is logged; it waits to be checked.
    f.h.tap("Log an item", draw);
    f.h.tap(child + ", from Mum", draw);
    f.h.tap("Card", draw);
    type_into(f, "Who sent it", "Mum");
    type_into(f, "What it is, in a line (never a copy of it)", "A birthday card asking which school she is at");
    f.h.tap("Log it", draw);
    text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Logged."));
    CHECK_THAT(text, ContainsSubstring(child + " \u00b7 a card from Mum"));
    CHECK(queued(f.store.db, "letterbox_item") == 0);  // not a record until decided
    // It arrived: the next exchange is six months on, and it leaves the deadlines board.
    CHECK_THAT(text, ContainsSubstring("Next due Sun 23 May"));

    // Checked: it asks about her school, so that check fails. Forwarding is refused; holding
    // needs the reason.
    f.h.tap(child + " \u00b7 a card from Mum", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("A birthday card asking which school she is at"));
    f.h.tap("No promises about coming home or meeting", draw);
    f.h.tap("Nothing blaming, frightening or about the court case", draw);
    f.h.tap("Photos only as the agreement allows", draw);
    f.h.tap("Forward", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("It can go on only when it passes every check."));
    f.h.tap("Hold", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Say why it is held."));
    CHECK(queued(f.store.db, "letterbox_item") == 0);
    type_into(f, "Why it is held (or a note on forwarding)", "It asks where she goes to school. Call Mum first.");
    f.h.tap("Hold", draw);
    text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Held, with the reason."));
    CHECK_THAT(text, ContainsSubstring("Nothing is waiting."));
    CHECK(queued(f.store.db, "letterbox_item") == 1);

    // A letter that passes every check goes on.
    f.h.tap("Log an item", draw);
    f.h.tap(child + ", from Mum", draw);
    type_into(f, "Who sent it", "Mum");
    type_into(f, "What it is, in a line (never a copy of it)", "A letter about the new puppy");
    f.h.tap("Log it", draw);
    f.h.tap(child + " \u00b7 a letter from Mum", draw);
    f.h.tap("No address, area or school of the child or the carers", draw);
    f.h.tap("No promises about coming home or meeting", draw);
    f.h.tap("Nothing blaming, frightening or about the court case", draw);
    f.h.tap("Photos only as the agreement allows", draw);
    f.h.tap("Forward", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Forwarded."));
    CHECK(queued(f.store.db, "letterbox_item") == 2);

    const auto items = store::LetterboxRepository(f.store.db).items_of_child(f.family.child);
    REQUIRE(items.size() == 2);
    int held = 0;
    int forwarded = 0;
    for (const auto& item : items) {
        CHECK(item.checked_by == alex);
        held += item.decision == core::LetterboxDecision::Held ? 1 : 0;
        forwarded += item.decision == core::LetterboxDecision::Forwarded ? 1 : 0;
        if (item.decision == core::LetterboxDecision::Held) {
            CHECK(item.reason == "It asks where she goes to school. Call Mum first.");
            CHECK(item.checks_passed.size() == 3);
        }
    }
    CHECK(held == 1);
    CHECK(forwarded == 1);
}
