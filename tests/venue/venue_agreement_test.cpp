// Issue #13, test (b): the social work team refers a child; on the coordinator's PC the risk is
// assessed, an agreement made and a session booked; the lobby, its own database fed by the hub,
// accepts the visit code and shows that agreement, the coordinator's own rule included.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "tests/venue/venue_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using kiosk::app::FamilyStep;
using namespace std::chrono_literals;

namespace {
constexpr const char* kOwnRule = "Marnie's rabbit may come to every visit.";
}

TEST_CASE("venue (b): an agreement and a booking made on the PC let the lobby accept the code and show the agreement",
          "[venue][faces]") {
    Venue v;
    VenueDevice& pc = *v.pc;
    VenueDevice& lobby = *v.lobby;
    const Referred marnie = v.refer("Marnie", "2019-03-14", "Leah", "Mum");

    pc.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(pc.kiosk().coordinator() != nullptr);
    // The referral arrives from the upstream through the hub.
    REQUIRE(pc.until([&] { return pc.h.has_item("Marnie, 7"); }));
    pc.tap("Marnie, 7");

    pc.tap("Assess risk");
    pc.tap("Supervised");
    pc.tap("Save assessment");
    REQUIRE(pc.shows("Saved at", 5s));
    pc.tap("Back");

    // A first agreement: Mum may come, with a rule of the coordinator's own.
    pc.tap("Agreement");
    REQUIRE(pc.shows("No agreement yet", 5s));
    pc.tap("Mum \xE2\x80\x94 Leah");
    pc.tap("A rule of your own, in plain words (English)");
    pc.h.frame(pc.draw);
    pc.h.type_text(kOwnRule, pc.draw);
    pc.tap("Add this rule");
    pc.tap("Save new version");
    REQUIRE(pc.shows("Saved as version 1", 5s));
    pc.tap("Back");

    // One session today at 16:00, when the rooms are free.
    pc.tap("Book sessions");
    REQUIRE(pc.kiosk().coordinator()->screen() == app::CoordinatorScreen::Schedule);
    auto& plan = pc.kiosk().coordinator()->schedule_draft();
    plan.first_date = "2026-11-23";
    plan.hour = 16;
    plan.minute = 0;
    plan.count = 1;
    pc.tap("Book sessions");
    INFO(pc.text());  // a clash names the session in the way
    REQUIRE(pc.shows("Sessions booked: 1", 5s));

    // The booking reaches the lobby with the code the hub settled on (it keeps the PC's when free).
    const core::Id child_on_pc = store::UuidIndex(pc.db()).id_of(store::Table::Children, marnie.child_uuid).value_or(0);
    REQUIRE(child_on_pc != 0);
    const auto booked = store::SessionRepository(pc.db()).of_child(child_on_pc);
    REQUIRE(booked.size() == 1);
    const std::string session_uuid = store::UuidIndex(pc.db()).uuid_of(store::Table::Sessions, booked[0].id);
    std::string code;
    REQUIRE(lobby.until([&] {
        const auto here = store::UuidIndex(lobby.db()).id_of(store::Table::Sessions, session_uuid);
        if (!here) return false;
        code = store::SessionRepository(lobby.db()).find(*here)->visit_code;
        return true;
    }));
    CHECK(pc.shows(code, 10s));  // the PC's schedule shows the same code

    // Five to four: Mum types the code at the lobby, says who is here and reads the agreement.
    v.clock.set(kVenueMorning + 6h + 3min);
    lobby.tap("Tap to check in");
    lobby.type_code(code);
    REQUIRE(lobby.kiosk().family().step() == FamilyStep::Attendees);
    const auto& attendees = lobby.kiosk().family().attendees_view().attendees;
    REQUIRE(attendees.size() == 1);
    CHECK(attendees[0].label.find("Leah") != std::string::npos);
    lobby.tap(attendees[0].label);
    lobby.tap("Continue");
    REQUIRE(lobby.kiosk().family().step() == FamilyStep::Agreement);
    CHECK(lobby.shows(kOwnRule, 5s));
}
