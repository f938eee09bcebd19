// Issue #16, item 10, across the venue's devices: a family's preferred language and whether an
// interpreter is needed are recorded on the referral, which the lobby and the tablets never
// receive. The hub derives them onto the child (sync/server/hub/family_language.hpp): the lobby
// starts in the family's language after their visit code, the tablet's board shows the language
// and the interpreter, and a change reaches both. Real upstream and hub processes, three devices
// each with its own database (venue_fixture.hpp).
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/uuid.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "tests/venue/venue_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using kiosk::app::FamilyStep;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// The tablet's board row of a visit (by its room and start); nothing while it is not there.
std::optional<ui::BoardRowView> board_row(VenueDevice& tablet, const app::TodaysVisit& visit) {
    const ui::BoardView board = tablet.kiosk().staff_face()->controller().board_view();
    for (const auto& row : board.rows) {
        if (row.room == visit.room && row.starts_hhmm == visit.starts_local) return row;
    }
    return std::nullopt;
}

bool board_says(VenueDevice& tablet, const app::TodaysVisit& visit, const std::string& language_key, bool interpreter) {
    return tablet.until([&] {
        const auto row = board_row(tablet, visit);
        return row && row->language_key == language_key && row->interpreter_needed == interpreter;
    });
}

// A fresh family at the lobby types their code; the language the lobby goes on in.
std::string lobby_language_after_code(VenueDevice& lobby, const std::string& code) {
    // The family before has walked away: the abandoned screen is wiped, home language and all.
    lobby.kiosk().family().pretend_untouched_for(std::chrono::hours{1});
    lobby.kiosk().family().tick();
    lobby.h.frame(lobby.draw);
    REQUIRE(lobby.kiosk().family().step() == FamilyStep::Attract);
    REQUIRE(lobby.kiosk().family().language() == "en");
    lobby.tap("Tap to check in");
    lobby.type_code(code);
    REQUIRE(lobby.kiosk().family().step() == FamilyStep::Attendees);
    return lobby.kiosk().family().language();
}

// The coordinator opens the child's referral and saves its language needs on the form.
void save_language_on_pc(VenueDevice& pc, const std::string& child_label, const std::string& language,
                         bool toggle_interpreter) {
    pc.kiosk().coordinator()->open(app::CoordinatorScreen::Referrals);
    pc.h.frame(pc.draw);
    pc.tap(child_label);
    pc.tap("Language needs");
    pc.tap(language);
    if (toggle_interpreter) pc.tap("An interpreter is needed");
    pc.tap("Save language needs");
    REQUIRE(pc.shows("Language needs saved.", 10s));
}

// The child a visit is for, on a device, and the label the coordinator's lists give them.
core::Child child_of_visit(VenueDevice& device, const app::TodaysVisit& visit) {
    const auto session = store::SessionRepository(device.db()).find_by_visit_code(visit.visit_code);
    REQUIRE(session.has_value());
    const auto child = store::FamilyRepository(device.db()).child(session->child_id);
    REQUIRE(child.has_value());
    return *child;
}

// The upstream's UUIDs for a visit's child and for the venue, from the demo's feed file.
struct FeedNames {
    std::string child_uuid;
    std::string venue_uuid;
};

FeedNames names_in_feed(const Venue& v, const app::TodaysVisit& visit) {
    FeedNames out;
    const json feed = json::parse(v.feed.json);
    for (const auto& change : feed["changes"]) {
        if (change["kind"] == "booking" && change["data"]["visit_code"] == visit.visit_code) {
            out.child_uuid = change["data"]["child_uuid"];
        }
        if (change["kind"] == "venue" && change["data"]["number"] == VenueServers::kVenue) {
            out.venue_uuid = change["data"]["uuid"];
        }
    }
    REQUIRE_FALSE(out.child_uuid.empty());
    REQUIRE_FALSE(out.venue_uuid.empty());
    return out;
}

// The social work team sends a referral (new, or the same one changed) through the upstream's
// import, as its systems would: the language is on the referral only.
void import_referral(Venue& v, const core::replica::Referral& referral, const std::string& name) {
    const json changes = json::array({{{"kind", "referral"}, {"data", sync::to_json(referral)}}});
    const auto file = v.servers.dir / (name + ".json");
    std::ofstream(file) << json{{"changes", changes}}.dump();
    std::string output;
    REQUIRE(v.servers.upstream->run({"import", "--db", "{db}", file.string()}, &output) == 0);
}

// Whether a device holds the child with this language (its copy on the child, schema v25).
bool child_has_language(VenueDevice& device, const std::string& child_uuid, const std::string& code) {
    return device.scalar("SELECT count(*) FROM children WHERE uuid = '" + child_uuid + "' AND preferred_language = '" +
                         code + "'") == 1;
}

// What the lobby holds of the family's language: the code on the child and nothing else.
void lobby_holds_only_the_code(VenueDevice& lobby, const std::string& child_uuid, const std::string& code) {
    CHECK(lobby.scalar("SELECT count(*) FROM referrals") == 0);
    CHECK(lobby.scalar("SELECT count(*) FROM children WHERE interpreter_needed <> 0") == 0);
    CHECK(child_has_language(lobby, child_uuid, code));
}

}  // namespace

TEST_CASE("venue: the language recorded on the PC's referral starts the lobby in it and reaches the tablet's board",
          "[venue][faces][language]") {
    Venue v;
    VenueDevice& pc = *v.pc;
    VenueDevice& lobby = *v.lobby;
    VenueDevice& tablet = *v.tablet;
    const app::TodaysVisit& visit = v.visit(0);
    tablet.sign_in("Jo", app::kDemoStaffPin);
    REQUIRE(tablet.until([&] { return board_row(tablet, visit).has_value(); }));
    CHECK(board_row(tablet, visit)->language_key.empty());  // nothing recorded yet
    CHECK(lobby_language_after_code(lobby, visit.visit_code) == "en");

    const core::Child child = child_of_visit(pc, visit);
    const std::string child_uuid = store::UuidIndex(pc.db()).uuid_of(store::Table::Children, child.id);
    const std::string label = app::child_with_age(child.first_name, child.date_of_birth, v.clock.now(),
                                                  "Europe/London", pc.h.ui().text);
    pc.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(pc.kiosk().coordinator() != nullptr);
    save_language_on_pc(pc, label, "Polish", true);

    // The tablet's board: the language and the interpreter to book, in its words too.
    CHECK(board_says(tablet, visit, "language_name.pl", true));
    CHECK(tablet.shows("Language: Polish  \xC2\xB7  interpreter needed"));
    // The lobby, after the family's code, goes on in Polish, and says so in Polish.
    CHECK(lobby.until([&] { return child_has_language(lobby, child_uuid, "pl"); }));
    CHECK(lobby_language_after_code(lobby, visit.visit_code) == "pl");
    CHECK(lobby.shows(std::string{lobby.h.ui().text.catalog("pl")->at("attendees.continue")}, 10s));
    lobby_holds_only_the_code(lobby, child_uuid, "pl");

    // The family's social worker says Spanish, with no interpreter: both devices follow.
    save_language_on_pc(pc, label, "Spanish", true);
    CHECK(board_says(tablet, visit, "language_name.es", false));
    CHECK(lobby.until([&] { return child_has_language(lobby, child_uuid, "es"); }));
    CHECK(lobby_language_after_code(lobby, visit.visit_code) == "es");
    lobby_holds_only_the_code(lobby, child_uuid, "es");
}

TEST_CASE("venue: a referral from the upstream with the family's language reaches the lobby and the board, and so does "
          "its change",
          "[venue][faces][language]") {
    Venue v;
    VenueDevice& lobby = *v.lobby;
    VenueDevice& tablet = *v.tablet;
    const app::TodaysVisit& visit = v.visit(1);
    const FeedNames names = names_in_feed(v, visit);
    tablet.sign_in("Jo", app::kDemoStaffPin);
    REQUIRE(tablet.until([&] { return board_row(tablet, visit).has_value(); }));

    // A new referral for the family, received today: Polish, an interpreter needed. The
    // upstream's feed carries the language on the referral only.
    core::replica::Referral referral{.uuid = store::new_uuid(), .child_uuid = names.child_uuid,
                                     .social_worker = "A. Social Worker", .received_at = v.clock.now() - 1h,
                                     .status = core::ReferralStatus::New,
                                     .social_worker_notes = "Mum's first language is Polish.",
                                     .venue_uuid = names.venue_uuid, .preferred_language = "pl",
                                     .interpreter_needed = true};
    import_referral(v, referral, "language-1");
    CHECK(board_says(tablet, visit, "language_name.pl", true));
    CHECK(tablet.scalar("SELECT count(*) FROM referrals") == 0);  // the tablet holds no referral either
    CHECK(lobby.until([&] { return child_has_language(lobby, names.child_uuid, "pl"); }));
    CHECK(lobby_language_after_code(lobby, visit.visit_code) == "pl");
    lobby_holds_only_the_code(lobby, names.child_uuid, "pl");

    // The social work team corrects the referral: Spanish, still with an interpreter.
    referral.preferred_language = "es";
    import_referral(v, referral, "language-2");
    CHECK(board_says(tablet, visit, "language_name.es", true));
    CHECK(lobby.until([&] { return child_has_language(lobby, names.child_uuid, "es"); }));
    CHECK(lobby_language_after_code(lobby, visit.visit_code) == "es");
    lobby_holds_only_the_code(lobby, names.child_uuid, "es");
}
