// A letterbox item checked on the staff face (issue #16, item 3): the board offers "Letters to
// check" only while an item waits; the worker holds it without a reason (refused, nothing
// written), then ticks the four checks and forwards it, and the item is decided in the database
// with them as the checker and its sealed record queued. Another worker's decision that landed
// first stands, and the worker is told so in one sentence.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/letterbox/letterbox_decision.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "tests/support/purge_helpers.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;

namespace {

core::Id only_waiting_item(store::Database& db) {
    const auto waiting = store::LetterboxRepository(db).waiting_items();
    REQUIRE(waiting.size() == 1);  // the demo's letter from Dad
    return waiting[0].id;
}

int queued_letterbox_records(store::Database& db) {
    int queued = 0;
    for (const auto& item : store::OutboxRepository(db).next_batch(500)) queued += item.kind == "letterbox_item";
    return queued;
}

}  // namespace

TEST_CASE("a worker checks a letter on the tablet: held without a reason is refused, forwarded with every check") {
    testing::StaffFixture f;
    const core::Id item = only_waiting_item(f.store.db);
    f.sign_in_as_jo();
    std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Letters to check (1)"));

    f.h.tap("Letters to check (1)", f.draw);
    CHECK(f.staff().step() == app::StaffStep::Letterbox);
    text = f.text();
    CHECK_THAT(text, ContainsSubstring("a letter from Dad"));
    CHECK_THAT(text, ContainsSubstring("asks where she goes to school"));
    CHECK_THAT(text, ContainsSubstring("Dad writes to"));
    CHECK_THAT(text, ContainsSubstring("every 3 months"));

    // Hold with no reason: refused, and nothing is written.
    const auto audit_before = testing::count(f.store.db, "SELECT count(*) FROM audit_log");
    f.h.tap("Hold, with the reason", f.draw);
    CHECK_THAT(f.text(), ContainsSubstring("Say why it is held."));
    CHECK(store::LetterboxRepository(f.store.db).item(item)->decision == core::LetterboxDecision::Waiting);
    CHECK(testing::count(f.store.db, "SELECT count(*) FROM audit_log") == audit_before);
    CHECK(queued_letterbox_records(f.store.db) == 0);

    // Forward before every check is ticked: refused too.
    f.h.tap("No promises about coming home or meeting", f.draw);
    f.h.tap("Forward", f.draw);
    CHECK_THAT(f.text(), ContainsSubstring("It can go on only when it passes every check."));
    CHECK(store::LetterboxRepository(f.store.db).item(item)->decision == core::LetterboxDecision::Waiting);

    f.h.tap("No address, area or school of the child or the carers", f.draw);
    f.h.tap("Nothing blaming, frightening or about the court case", f.draw);
    f.h.tap("Photos only as the agreement allows", f.draw);
    f.h.tap("Forward", f.draw);
    text = f.text();
    CHECK_THAT(text, ContainsSubstring("Forwarded. The social work team is told at the next sync."));
    CHECK_THAT(text, ContainsSubstring("Nothing is waiting to be checked."));

    const auto decided = store::LetterboxRepository(f.store.db).item(item);
    REQUIRE(decided);
    CHECK(decided->decision == core::LetterboxDecision::Forwarded);
    CHECK(decided->checked_by == f.jo_id());
    CHECK(decided->checks_passed.size() == core::letterbox_checks().size());
    CHECK(queued_letterbox_records(f.store.db) == 1);

    f.h.tap("Today", f.draw);
    CHECK(f.staff().step() == app::StaffStep::Board);
    CHECK_THAT(f.text(), !ContainsSubstring("Letters to check"));
}

TEST_CASE("when another worker decided the item first, their decision stands and the worker is told calmly") {
    testing::StaffFixture f;
    const core::Id item = only_waiting_item(f.store.db);
    f.sign_in_as_jo();
    f.h.tap("Letters to check (1)", f.draw);
    f.h.tap("Reason (needed to hold)", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("Names the child's school", f.draw);
    f.h.frame(f.draw);  // the screen as the worker sees it, the letter still on it

    // The coordinator (or the hub's copy of another tablet's decision) gets there first.
    core::Id coordinator = 0;
    for (const auto& choice : f.staff().signin_view().roster) {
        if (choice.staff_id != f.jo_id()) coordinator = choice.staff_id;
    }
    REQUIRE(coordinator != 0);
    const auto first = app::decide_letterbox_item(f.store.db, f.clock, coordinator, item, core::LetterboxDecision::Forwarded,
                                                  core::letterbox_checks(), "");
    REQUIRE(first.problems.empty());
    // No data_changed(): the screen still shows the item, as it would until the sync worker's
    // word reaches the face, and the worker taps Hold on it.

    f.h.tap("Hold, with the reason", f.draw);
    CHECK_THAT(f.text(), ContainsSubstring("Someone else has already checked this item; their decision stands."));
    const auto decided = store::LetterboxRepository(f.store.db).item(item);
    CHECK(decided->decision == core::LetterboxDecision::Forwarded);
    CHECK(decided->checked_by == coordinator);
}
