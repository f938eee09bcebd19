// The today board and session control through the staff screens.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/core/arrival_watch.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::StaffStep;
using kiosk::testing::StaffFixture;
using namespace kiosk;

TEST_CASE("the board shows each child's allergies and the lobby's alerts; acknowledging names the worker") {
    StaffFixture f;
    const core::Id session = f.jos_first_session();
    core::Id alert = 0;
    {
        // What the lobby does when someone not on the agreement tries to check in.
        store::WriteTransaction tx(f.store.db, "lobby", f.clock.now());
        alert = store::AlertRepository(f.store.db)
                    .raise(tx, {0, core::AlertKind::AttendeeNotApproved, session, f.clock.now(), "Uncle at the desk", 0, {}},
                           "{}");
        tx.commit();
    }
    std::string allergies;
    for (const auto& row : app::build_today_board(f.store.db, f.clock.now()).sessions) {
        if (!row.allergies.empty()) allergies = row.allergies;
    }
    REQUIRE_FALSE(allergies.empty());  // the demo seed gives some children allergies

    f.sign_in_as_jo();
    std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Allergies: " + allergies));
    CHECK_THAT(text, ContainsSubstring("Someone not on the agreement is in the lobby"));
    CHECK_THAT(text, ContainsSubstring("Uncle at the desk"));

    f.h.tap("Acknowledge", f.draw);
    CHECK_THAT(f.text(), !ContainsSubstring("Uncle at the desk"));
    auto q = f.store.db.cached("SELECT acknowledged_by FROM alerts WHERE id = ?");
    q.bind(1, alert);
    REQUIRE(q.step());
    CHECK(q.int64(0) == f.jo_id());
}

TEST_CASE("session control: child arrived with who brought them, start, and an early end needs a reason") {
    StaffFixture f;
    f.sign_in_as_jo();
    const core::Id session = f.jos_first_session();
    f.staff().handle(ui::BoardIntent{ui::OpenSession{session}});
    REQUIRE(f.staff().step() == StaffStep::Session);

    // Nobody named yet: the service refuses and says why, and nothing changes.
    f.h.tap("Child arrived", f.draw);
    CHECK_THAT(f.text(), ContainsSubstring("Say who brought the child."));
    CHECK(store::SessionRepository(f.store.db).find(session)->state == core::SessionState::Booked);

    f.h.tap("Who brought the child?", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("Helen (carer)", f.draw);
    f.h.tap("Child arrived", f.draw);
    auto s = store::SessionRepository(f.store.db).find(session);
    CHECK(s->state == core::SessionState::ChildArrived);
    CHECK(s->brought_by == "Helen (carer)");

    f.h.tap("Start session", f.draw);
    CHECK(store::SessionRepository(f.store.db).find(session)->state == core::SessionState::InProgress);
    CHECK(f.staff().current_record() != 0);  // starting opened the draft

    f.h.tap("End early", f.draw);
    CHECK_THAT(f.text(), ContainsSubstring("Why is the session ending early?"));
    f.h.tap("End the session now", f.draw);  // no reason chosen: the button does nothing
    CHECK(store::SessionRepository(f.store.db).find(session)->state == core::SessionState::InProgress);
    f.h.tap("Another reason", f.draw);
    f.h.tap("End the session now", f.draw);  // "Another reason" needs words
    CHECK(store::SessionRepository(f.store.db).find(session)->state == core::SessionState::InProgress);
    CHECK_THAT(f.text(), ContainsSubstring("words"));

    f.h.tap("What happened (needed for \"Another reason\")", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("Fire alarm.", f.draw);
    f.h.tap("End the session now", f.draw);
    s = store::SessionRepository(f.store.db).find(session);
    CHECK(s->state == core::SessionState::EndedEarly);
    CHECK(s->ended_early_reason == "other");
    CHECK(s->ended_early_words == "Fire alarm.");
}

// Issue #16, item 8: nobody has to tap anything for staff to hear that a family has not come.
TEST_CASE("when nobody comes for a session, the board alerts staff by itself, once") {
    StaffFixture f;
    core::Id session = 0;
    core::Timestamp last_deadline{};
    for (const auto& s : app::build_today_board(f.store.db, f.clock.now()).sessions) {
        if (s.stage == app::BoardStage::Booked && s.starts_at > f.clock.now() && !s.arrival_windows.empty()) {
            session = s.session_id;
            const auto booked = *store::SessionRepository(f.store.db).find(session);
            for (const auto& d : core::arrival_deadlines(booked, 15)) last_deadline = std::max(last_deadline, d.overdue_at);
            break;
        }
    }
    REQUIRE(session != 0);
    f.sign_in_as_jo();
    CHECK_THAT(f.text(), !ContainsSubstring("possible no-show"));

    // The tablet lies untouched past every deadline of that session (it locks meanwhile).
    f.clock.set(last_deadline + std::chrono::minutes{1});
    f.h.frame(f.draw);
    f.sign_in_as_jo();
    const std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Nobody has arrived: possible no-show"));
    CHECK_THAT(text, ContainsSubstring("The family has not checked in"));
    CHECK_THAT(text, ContainsSubstring("The child has not arrived with their carer"));
    std::size_t raised = 0;
    for (const auto& a : store::AlertRepository(f.store.db).open_alerts()) raised += a.session_id == session ? 1 : 0;
    CHECK(raised == 3);
    // Another minute, more frames: nothing is raised twice.
    f.clock.advance(std::chrono::seconds{70});
    f.h.frame(f.draw);
    std::size_t again = 0;
    for (const auto& a : store::AlertRepository(f.store.db).open_alerts()) again += a.session_id == session ? 1 : 0;
    CHECK(again == 3);
}

TEST_CASE("the board is kept between frames: built again for the worker's own act, news from elsewhere and a new minute") {
    StaffFixture f;
    f.sign_in_as_jo();
    f.h.frame(f.draw);
    const auto built = f.staff().views_built();
    for (int i = 0; i < 5; ++i) f.h.frame(f.draw);
    CHECK(f.staff().views_built() == built);  // nothing changed: no frame read the database

    {
        // Written by another part of the program (the sync worker applying the lobby's alert).
        store::WriteTransaction tx(f.store.db, "lobby", f.clock.now());
        store::AlertRepository(f.store.db)
            .raise(tx, {0, core::AlertKind::AttendeeNotApproved, f.jos_first_session(), f.clock.now(), "Uncle at the desk", 0, {}},
                   "{}");
        tx.commit();
    }
    f.staff().data_changed();  // what the app does when its worker applied a page
    CHECK_THAT(f.text(), ContainsSubstring("Uncle at the desk"));

    f.h.tap("Acknowledge", f.draw);  // the worker's own act shows at once
    CHECK_THAT(f.text(), !ContainsSubstring("Uncle at the desk"));

    const auto before_the_minute = f.staff().views_built();
    f.h.frame(f.draw);
    CHECK(f.staff().views_built() == before_the_minute);
    f.clock.advance(std::chrono::seconds{60});
    f.h.frame(f.draw);
    CHECK(f.staff().views_built() == before_the_minute + 1);  // the board's clock moves on
    CHECK_THAT(f.text(), ContainsSubstring(core::local_hhmm(f.clock.now(), "Europe/London")));
}
