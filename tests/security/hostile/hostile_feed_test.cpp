// The pull feed is scoped (issue #12, item 2): a lobby device receives its own venue's
// changes with only the fields the lobby needs, checked with canary values in every field it
// must not see; a tablet gets care needs but nothing restricted; another venue's family never
// leaves the server for either; a coordinator gets everything (the control).
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/security/hostile/hostile_fixture.hpp"
#include "tests/sync/venue_samples.hpp"

using namespace kiosk::testing;
using nlohmann::json;

namespace {

// Each canary sits in one field the lobby must never receive.
const std::vector<std::string> kLobbyCanaries{"Surnamecanary", "Schoolcanary",  "Medicalcanary", "Allergycanary",
                                              "Needscanary",   "Notescanary",   "Socialworkercanary",
                                              "Adultsurnamecanary", "Othervenuecanary"};
const std::vector<std::string> kTabletCanaries{"Surnamecanary", "Schoolcanary", "Notescanary", "Socialworkercanary",
                                               "Othervenuecanary"};

// Rows travel by UUID (issue #13); the numbers stay as each UUID's last digits.
std::string u(int n) { return sample_uuid(n); }

json family(int child, int venue_room, int first_id, const std::string& first_name, const std::string& other) {
    json c = json::array();
    c.push_back({{"kind", "child"},
                 {"data", {{"uuid", u(child)}, {"first_name", first_name}, {"date_of_birth", "2019-04-02"},
                           {"restricted_surname", "Surnamecanary" + other}, {"restricted_school", "Schoolcanary"},
                           {"medical", "Medicalcanary"}, {"allergies", "Allergycanary"}, {"needs", "Needscanary"}}}});
    c.push_back({{"kind", "adult"},
                 {"data", {{"uuid", u(first_id)}, {"child_uuid", u(child)}, {"first_name", "Sarah"},
                           {"surname", "Adultsurnamecanary"}, {"relationship", "Mum"}}}});
    c.push_back({{"kind", "referral"},
                 {"data", {{"uuid", u(first_id + 1)}, {"child_uuid", u(child)}, {"social_worker", "Socialworkercanary"},
                           {"social_worker_notes", "Notescanary"}, {"received_at", "2026-11-01T09:00:00Z"},
                           {"status", "agreed"}}}});
    c.push_back({{"kind", "agreement"},
                 {"data", {{"uuid", u(first_id + 2)}, {"child_uuid", u(child)}, {"referral_uuid", u(first_id + 1)},
                           {"created_at", "2026-11-02T09:00:00Z"}}}});
    c.push_back({{"kind", "agreement_version"},
                 {"data", {{"uuid", u(first_id + 3)}, {"agreement_uuid", u(first_id + 2)}, {"version", 1},
                           {"effective_from", "2026-11-02T09:00:00Z"}, {"supervision_level", "supervised"},
                           {"frequency", "weekly"}, {"session_minutes", 60}, {"room_uuid", u(venue_room)},
                           {"grace_minutes", 15}, {"recording_timescale_hours", 24}, {"recording_working_days", 0},
                           {"review_date", "2027-02-01"}, {"rules", json::array()}, {"attendee_uuids", {u(first_id)}}}}});
    c.push_back({{"kind", "booking"},
                 {"data", {{"uuid", u(first_id + 4)}, {"agreement_version_uuid", u(first_id + 3)}, {"child_uuid", u(child)},
                           {"room_uuid", u(venue_room)}, {"worker_uuid", u(3)}, {"starts_at", "2026-11-23T10:00:00Z"},
                           {"minutes", 60}, {"visit_code", first_id == 20 ? "KT4MPX" : "KT4MPY"}, {"state", "booked"},
                           {"arrival_windows", json::array()}}}});
    return c;
}

std::string pull_everything(const HostileServer& h, const std::string& token) {
    std::string all;
    std::string cursor;
    for (int page = 0; page < 20; ++page) {
        const std::string path = "/api/v1/changes?limit=3" + (cursor.empty() ? std::string{} : "&after=" + cursor);
        const auto answer = https_request(h.server.port(), http_request("GET", path, {h.bearer(token)}));
        REQUIRE(answer);
        REQUIRE(answer->status == 200);
        all += answer->body;
        const json doc = json::parse(answer->body);
        cursor = doc["cursor"].get<std::string>();
        if (!doc["more"].get<bool>()) break;
    }
    return all;
}

}  // namespace

TEST_CASE("hostile: a lobby device's pull holds its venue's bookings and first names, and none of the canaries") {
    HostileServer h;
    json changes = json::array();
    changes.push_back({{"kind", "venue"},
                       {"data", {{"uuid", u(1)}, {"number", 1}, {"name", "Riverside"}, {"time_zone", "Europe/London"}}}});
    changes.push_back({{"kind", "venue"},
                       {"data", {{"uuid", u(2)}, {"number", 2}, {"name", "Hilltop"}, {"time_zone", "Europe/London"}}}});
    changes.push_back({{"kind", "room"}, {"data", {{"uuid", u(5)}, {"venue_uuid", u(1)}, {"name", "Oak"}, {"capacity", 6},
                                                   {"features", json::array()}}}});
    changes.push_back({{"kind", "room"}, {"data", {{"uuid", u(6)}, {"venue_uuid", u(2)}, {"name", "Elm"}, {"capacity", 6},
                                                   {"features", json::array()}}}});
    changes.push_back({{"kind", "staff"}, {"data", {{"uuid", u(3)}, {"display_name", "Jo Worker"}, {"role", "worker"},
                                                    {"active", true}}}});
    for (auto& c : family(10, 5, 20, "Zephyrine", "")) changes.push_back(c);
    for (auto& c : family(11, 6, 40, "Othervenuecanary", "Othervenuecanary")) changes.push_back(c);
    const auto feed = h.dir / "feed.json";
    std::ofstream(feed) << json{{"changes", changes}}.dump();
    REQUIRE(h.server.run({"import", "--db", "{db}", feed.string()}) == 0);

    const std::string lobby = pull_everything(h, h.server.add_device("lobby-1", 1, "lobby"));
    CHECK(lobby.find("Zephyrine") != std::string::npos);  // the control: the family is there
    CHECK(lobby.find("KT4MPX") != std::string::npos);
    for (const auto& canary : kLobbyCanaries) {
        INFO(canary);
        CHECK(lobby.find(canary) == std::string::npos);
    }
    CHECK(lobby.find("\"referral\"") == std::string::npos);
    CHECK(lobby.find("Hilltop") == std::string::npos);  // the other venue itself

    const std::string tablet = pull_everything(h, h.server.add_device("tablet-1", 1, "tablet"));
    CHECK(tablet.find("Allergycanary") != std::string::npos);
    CHECK(tablet.find("Medicalcanary") != std::string::npos);
    for (const auto& canary : kTabletCanaries) {
        INFO(canary);
        CHECK(tablet.find(canary) == std::string::npos);
    }

    const std::string coordinator = pull_everything(h, h.server.add_device("coord-1", 1, "coordinator"));
    for (const auto& canary : {"Surnamecanary", "Schoolcanary", "Notescanary", "Socialworkercanary"}) {
        INFO(canary);
        CHECK(coordinator.find(canary) != std::string::npos);
    }
    CHECK(coordinator.find("Othervenuecanary") == std::string::npos);
    // The other venue's coordinator gets the other family, and not this one.
    const std::string hilltop = pull_everything(h, h.server.add_device("coord-2", 2, "coordinator"));
    CHECK(hilltop.find("Othervenuecanary") != std::string::npos);
    CHECK(hilltop.find("Zephyrine") == std::string::npos);
}
