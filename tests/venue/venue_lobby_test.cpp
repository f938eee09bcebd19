// Issue #13, test (a): a check-in at the lobby, and each alert the lobby raises, reach the
// tablet's board through the hub, every device its own database and process-like sync worker.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/shell/staff_face.hpp"
#include "tests/venue/venue_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using kiosk::app::FamilyStep;
using namespace std::chrono_literals;

namespace {

// The stage the tablet's board gives a visit (by its room and start), "" while it is not there.
std::string stage_on_board(VenueDevice& tablet, const app::TodaysVisit& visit) {
    for (const auto& row : tablet.kiosk().staff_face()->controller().board_view().rows) {
        if (row.room == visit.room && row.starts_hhmm == visit.starts_local) return row.stage_key;
    }
    return {};
}

// A lobby button's words in the language the lobby speaks now: a family whose referral gives a
// language the lobby has is answered in it once their code is known (issue #16, item 10; the
// demo's third family reads Polish).
std::string say(VenueDevice& lobby, const char* key) {
    return lobby.h.ui().text.catalog(lobby.kiosk().family().language())->at(key);
}

void to_attendees(VenueDevice& lobby, const std::string& code) {
    lobby.tap("Tap to check in");
    lobby.type_code(code);
    REQUIRE(lobby.kiosk().family().step() == FamilyStep::Attendees);
}

}  // namespace

TEST_CASE("venue (a): a lobby check-in and each lobby alert reach the tablet's board", "[venue][faces]") {
    Venue v;
    VenueDevice& lobby = *v.lobby;
    VenueDevice& tablet = *v.tablet;
    tablet.sign_in("Jo", app::kDemoStaffPin);
    const app::TodaysVisit& first = v.visit(0);
    REQUIRE(tablet.until([&] { return stage_on_board(tablet, first) == "staff.stage.booked"; }));

    // A parent checks in on time: who is here, the agreement, a signature on a first visit.
    to_attendees(lobby, first.visit_code);
    lobby.tap(lobby.kiosk().family().attendees_view().attendees.at(0).label);
    lobby.tap("Continue");
    REQUIRE(lobby.kiosk().family().step() == FamilyStep::Agreement);
    lobby.tap("I understand and agree");
    if (lobby.kiosk().family().step() == FamilyStep::Signature) {
        lobby.sign();
        lobby.tap("Done");
    }
    REQUIRE(lobby.kiosk().family().step() == FamilyStep::Activities);
    CHECK(tablet.until([&] { return stage_on_board(tablet, first) == "staff.stage.parent_arrived"; }));
    CHECK(tablet.shows("Parent arrived"));

    // Someone not on the agreement.
    lobby.tap("Start again");
    to_attendees(lobby, v.visit(1).visit_code);
    lobby.tap("Someone else is with me");
    CHECK(tablet.shows("Someone not on the agreement is in the lobby"));
    // The approved adults are not turned away (issue #16, item 9): the lobby stays on who is here.
    CHECK(lobby.kiosk().family().step() == FamilyStep::Attendees);

    // Late beyond the grace period.
    lobby.tap("Start again");
    v.clock.advance(40min);  // 10:32: the 10:00 visits' grace has passed
    tablet.sign_in("Jo", app::kDemoStaffPin);  // the tablet locked itself meanwhile
    to_attendees(lobby, v.visit(2).visit_code);
    lobby.tap(lobby.kiosk().family().attendees_view().attendees.at(0).label);
    lobby.tap(say(lobby, "attendees.continue"));
    CHECK(tablet.shows("Late beyond the grace period"));
    INFO(tablet.text());

    // Five wrong codes in a row rest the keypad.
    lobby.tap(say(lobby, "common.ok"));
    lobby.tap("Tap to check in");
    for (int i = 0; i < 5; ++i) lobby.type_code("AAAAAA");
    CHECK(lobby.kiosk().family().step() == FamilyStep::Locked);
    CHECK(tablet.shows("Repeated wrong visit codes at the lobby"));
}
