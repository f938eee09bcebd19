// Issue #13, test (f): a placement's comfort call and icebreaker, recorded on the coordinator's
// PC, reach the social work team's server and teach the tablet's board what the child needs (the
// lobby never receives them); a missed session recorded on the PC sends its notice upstream,
// shows as a no-show on the tablet's board, and the lobby no longer takes its visit code.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/shell/staff_face.hpp"
#include "tests/venue/venue_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using kiosk::app::FamilyStep;
using namespace std::chrono_literals;

namespace {

std::int64_t upstream_count(Venue& v, const std::string& kind) {
    const auto counts = v.servers.upstream_counts();
    const auto it = counts.find(kind);
    return it == counts.end() ? 0 : it->second;
}

std::string text_of(VenueDevice& device, const std::string& sql) {
    auto q = device.db().cached(sql);
    return q.step() ? q.text(0) : std::string{};
}

// The button on screen whose label starts with the child's first name ("Noah, 3").
std::string child_button(VenueDevice& device, const std::string& first_name) {
    device.h.frame(device.draw);
    for (const auto& item : device.h.items()) {
        if (item.label.rfind(first_name + ",", 0) == 0) return item.label;
    }
    return {};
}

// The stage the tablet's board gives the child's session today, "" while it is not there.
std::string stage_of(VenueDevice& tablet, const std::string& child) {
    for (const auto& row : tablet.kiosk().staff_face()->controller().board_view().rows) {
        if (row.child_first_name == child) return row.stage_key;
    }
    return {};
}

}  // namespace

TEST_CASE("venue (f): comfort call, icebreaker and missed-session notice flow end to end", "[venue][faces]") {
    Venue v;
    VenueDevice& pc = *v.pc;
    VenueDevice& tablet = *v.tablet;
    VenueDevice& lobby = *v.lobby;
    pc.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(pc.kiosk().coordinator() != nullptr);
    tablet.sign_in("Jo", app::kDemoStaffPin);

    // The newest placement (from the social work team's feed, through the hub) has no call yet.
    const std::string placed = text_of(pc, "SELECT c.first_name FROM placements p JOIN children c ON c.id = p.child_id "
                                           "ORDER BY p.placed_at DESC LIMIT 1");
    REQUIRE_FALSE(placed.empty());
    pc.tap("Transition");
    const std::string placed_button = child_button(pc, placed);
    REQUIRE_FALSE(placed_button.empty());
    pc.tap(placed_button);

    auto& draft = pc.kiosk().coordinator()->transition_draft();
    draft.call.plan.critical_connection = "Mum";
    draft.call.plan.comfort_item_and_routine = "Blue rabbit at bedtime";
    draft.call.held = true;
    draft.call.participants = {"child", "parents"};  // who was on the call (issue #16, item 7)
    draft.call.how_it_went = "Calm, smiled at Mum.";
    pc.tap("Save comfort call");
    REQUIRE(pc.scalar("SELECT count(*) FROM comfort_calls WHERE held = 1") == 1);

    pc.tap("Icebreaker");
    draft.meeting.held = true;
    draft.meeting.facilitated_by = {"support_worker"};
    draft.meeting.attended = {"parents", "carers"};
    draft.meeting.child_took_part = true;
    draft.meeting.routines = "Bath at seven";
    pc.tap("Save icebreaker");
    REQUIRE(pc.scalar("SELECT count(*) FROM icebreakers WHERE held = 1") == 1);

    // Upstream: each once. The tablet's board: what the call and the meeting taught.
    REQUIRE(eventually([&] { return upstream_count(v, "comfort_call") == 1 && upstream_count(v, "icebreaker") == 1; }));
    CHECK(tablet.shows("Blue rabbit at bedtime"));
    CHECK(tablet.shows("Bath at seven"));
    // The lobby holds none of it (its scope: no placements' calls, no meetings).
    CHECK(lobby.scalar("SELECT count(*) FROM comfort_calls") == 0);
    CHECK(lobby.scalar("SELECT count(*) FROM icebreakers") == 0);

    // A missed session: a referred child's visit today, booked. At 10:40 nobody has come.
    const std::string missed_child =
        text_of(pc, "SELECT c.first_name FROM referrals r JOIN children c ON c.id = r.child_id "
                    "JOIN sessions s ON s.child_id = c.id WHERE s.state = 'booked' AND c.first_name <> '" + placed +
                        "' ORDER BY s.starts_at, c.id LIMIT 1");
    REQUIRE_FALSE(missed_child.empty());
    const std::string missed_code =
        text_of(pc, "SELECT s.visit_code FROM sessions s JOIN children c ON c.id = s.child_id WHERE c.first_name = '" +
                        missed_child + "' AND s.state = 'booked' ORDER BY s.starts_at LIMIT 1");
    REQUIRE(tablet.until([&] { return stage_of(tablet, missed_child) == "staff.stage.booked"; }));
    v.clock.set(kVenueMorning + 48min);
    pc.sign_in("Alex", app::kDemoStaffPin);  // the PC locked itself meanwhile
    pc.tap("Referrals");
    pc.tap(child_button(pc, missed_child));
    pc.tap("Book sessions");
    REQUIRE(pc.kiosk().coordinator()->screen() == app::CoordinatorScreen::Schedule);
    pc.tap("Missed");
    pc.h.frame(pc.draw);
    pc.tap("Who");
    pc.h.frame(pc.draw);
    pc.h.type_text("Mum", pc.draw);
    pc.tap("Why");
    pc.h.frame(pc.draw);
    pc.h.type_text("No answer on the phone.", pc.draw);
    pc.tap("Record it");
    REQUIRE(pc.scalar("SELECT count(*) FROM missed_sessions") == 1);

    REQUIRE(eventually([&] { return upstream_count(v, "missed_session_notice") == 1; }));
    tablet.sign_in("Jo", app::kDemoStaffPin);
    CHECK(tablet.until([&] { return stage_of(tablet, missed_child) == "staff.stage.no_show"; }));
    // The lobby has the session's new state: the code no longer opens a check-in.
    REQUIRE(lobby.until([&] {
        return text_of(lobby, "SELECT state FROM sessions WHERE visit_code = '" + missed_code + "'") == "no_show";
    }));
    lobby.tap("Tap to check in");
    lobby.type_code(missed_code);
    CHECK(lobby.kiosk().family().step() != FamilyStep::Attendees);
    CHECK(upstream_count(v, "missed_session_notice") == 1);
}
