// The coordinator's day's-end sync screen through the headless harness: what will be sent by
// kind, drafts with their author, final records not reviewed, and no sync without a server.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
struct SyncScreenFixture : testing::CoordinatorApp {

    SyncScreenFixture() {
        core::Id alex = 0;
        store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
        alex = store::StaffRepository(store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        const core::Id priya = store::StaffRepository(store.db).add(tx, {0, "Priya Shah", core::Role::Worker, true}, "");
        // Jo's record of the sample session is still a draft.
        store::RecordRepository records(store.db);
        records.create_draft(tx, family.session, family.worker);
        // Priya's record of an earlier session is final and nobody has reviewed it.
        core::Session earlier = store::SessionRepository(store.db).find(family.session).value();
        earlier.id = 0;
        earlier.starts_at = testing::kDemoNow - 3h;  // 07:05
        earlier.visit_code = "QW7RZT";
        earlier.worker_id = priya;
        const core::Id earlier_id = store::SessionRepository(store.db).add(tx, earlier);
        records.finalize(tx, records.create_draft(tx, earlier_id, priya), "seal");
        tx.enqueue({"feedback", 1, "{}"});
        tx.enqueue({"feedback", 2, "{}"});
        tx.enqueue({"check_in", 3, "{}"});
        tx.audit("test.setup", "outbox", 0);
        tx.commit();
        open_coordinator(alex);
    }
};
}  // namespace

TEST_CASE("the sync screen lists what will be sent by kind, drafts with their author and finals not reviewed") {
    SyncScreenFixture f;
    auto draw = [&] { f.draw(); };
    f.h.tap("Sync", draw);
    const std::string text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Day's-end sync"));
    CHECK_THAT(text, ContainsSubstring("Feedback"));
    CHECK_THAT(text, ContainsSubstring("Check-ins"));
    CHECK_THAT(text, ContainsSubstring("Records still in draft"));
    CHECK_THAT(text, ContainsSubstring(testing::kSampleChildName));
    CHECK_THAT(text, ContainsSubstring("Jo"));
    CHECK_THAT(text, ContainsSubstring("Final records not yet reviewed"));
    CHECK_THAT(text, ContainsSubstring("Priya"));
    CHECK_THAT(text, !ContainsSubstring("Priya Shah"));  // staff are shown by first name
    CHECK_THAT(text, ContainsSubstring("today 07:05"));
    // The status line on the heading, from every coordinator screen.
    CHECK_THAT(text, ContainsSubstring("3 unsent \u00b7 last sync never"));
}

TEST_CASE("without a sync server the sync button does nothing and a sentence says why") {
    SyncScreenFixture f;
    auto draw = [&] { f.draw(); };
    f.h.tap("Sync", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("No sync server is set up on this device"));
    REQUIRE(f.h.has_item("Send and receive now"));
    f.h.tap("Send and receive now", draw);
    const std::string text = f.h.screen_text(draw);
    CHECK_THAT(text, !ContainsSubstring("Starting the sync"));
    CHECK_THAT(text, !ContainsSubstring("Last sync"));
    CHECK(store::OutboxRepository(f.store.db).counts().queued == 3);
}

TEST_CASE("every coordinator screen shows the sync status line") {
    SyncScreenFixture f;
    auto draw = [&] { f.draw(); };
    f.h.tap("Deadlines", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("3 unsent \u00b7 last sync never"));
}

TEST_CASE("the staff board shows the sync status line; the lobby's face does not") {
    SyncScreenFixture f;
    app::ComposedApp lobby_terminal{f.h.ui(), {f.store.db, f.clock, {"Test Centre", "Europe/London", f.family.venue}}};
    app::KioskApp& lobby = lobby_terminal.app();
    const std::string family_text = f.h.screen_text([&] { lobby.draw_frame(); });
    CHECK_THAT(family_text, ContainsSubstring("Tap to check in"));
    CHECK_THAT(family_text, !ContainsSubstring("unsent"));
    CHECK_THAT(family_text, !ContainsSubstring("last sync"));

    // The staff board (drawn straight from the controller's view: signing in needs a PIN).
    app::ComposedApp tablet{f.h.ui(), {f.store.db, f.clock, {"Test Centre", "Europe/London", f.family.venue}, app::Face::Staff}};
    app::KioskApp& staff = tablet.app();
    CHECK_THAT(f.h.screen_text([&] { staff.draw_frame(); }), !ContainsSubstring("unsent"));  // the sign-in screen
    const ui::BoardView board = staff.staff_face()->controller().board_view();
    CHECK(board.unsent == 3);
    CHECK_THAT(f.h.screen_text([&] { (void)ui::draw_board_screen(board, f.h.ui()); }),
               ContainsSubstring("3 unsent \u00b7 last sync never"));
}
