// The hub as a real process between devices and an upstream (issue #13, items 2, 3, 5, 6):
// forwarding each message once with a receipt to the device it came from, the coordinator's
// Sync when forwarding is on request, serving on while the upstream is down, and a long poll
// answered as soon as a change commits.
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <future>
#include <nlohmann/json.hpp>

#include "tests/venue/venue_servers.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using nlohmann::json;

namespace {

std::vector<sync::PushRecord> feedbacks(const VenueClient& device, int n) {
    std::vector<sync::PushRecord> out;
    for (int i = 0; i < n; ++i) out.push_back(device.feedback(i + 1));
    return out;
}

std::vector<std::string> uuids_of(const std::vector<sync::PushRecord>& records) {
    std::vector<std::string> out;
    for (const auto& r : records) out.push_back(r.uuid);
    return out;
}

json status_of(VenueClient& coordinator) {
    const auto answer = coordinator.get("/api/v1/upstream-sync");
    REQUIRE(answer.status == 200);
    return json::parse(answer.body);
}

// A feed file with one venue of the given number and a room (UUID feed).
std::filesystem::path venue_feed(const TempDir& dir, int number, const std::string& name) {
    const std::string venue = "00000000-0000-4000-8000-00000000010" + std::to_string(number);
    const json feed{{"changes",
                     {{{"kind", "venue"},
                       {"data", {{"schema", 2}, {"uuid", venue}, {"number", number}, {"name", name},
                                 {"time_zone", "Europe/London"}}}},
                      {{"kind", "room"},
                       {"data", {{"schema", 2}, {"uuid", "00000000-0000-4000-8000-00000000020" + std::to_string(number)},
                                 {"venue_uuid", venue}, {"name", "Oak Room"}, {"capacity", 6},
                                 {"features", json::array()}}}}}}};
    const auto file = dir / ("feed-" + std::to_string(number) + ".json");
    std::ofstream(file) << feed.dump();
    return file;
}

}  // namespace

TEST_CASE("venue: each message goes upstream once and its receipt comes back to its own device only", "[venue]") {
    VenueServers venue;
    auto lobby = venue.client("lobby-1", "lobby");
    auto tablet = venue.client("tablet-1", "tablet");
    const auto sent = feedbacks(lobby, 3);
    for (const auto& result : lobby.push(sent)) CHECK(result.status == sync::RecordStatus::Stored);
    // The same batch again (its answer lost): already stored, and nothing more goes upstream.
    for (const auto& result : lobby.push(sent)) CHECK(result.status == sync::RecordStatus::AlreadyStored);
    REQUIRE(eventually([&] { return venue.upstream_total() == 3; }));
    std::vector<std::string> confirmed;
    REQUIRE(eventually([&] {
        confirmed = receipted(lobby.pull_all());
        return confirmed.size() == 3;
    }));
    CHECK(confirmed == uuids_of(sent));
    CHECK(receipted(tablet.pull_all()).empty());
    CHECK(venue.upstream_total() == 3);
}

TEST_CASE("venue: on request, the hub forwards when the coordinator asks, and says how it went", "[venue]") {
    VenueServers venue({.upstream_sync = "on-request", .early_devices = {}, .request_timeout_seconds = 10});
    auto tablet = venue.client("tablet-1", "tablet");
    auto coordinator = venue.client("pc-1", "coordinator");
    tablet.push(feedbacks(tablet, 4));
    json status = status_of(coordinator);
    CHECK(status["mode"] == "on_request");
    CHECK(status["queued"] == 4);
    CHECK(status["runs_finished"] == 0);
    // Only a coordinator may ask or look.
    CHECK(tablet.post("/api/v1/upstream-sync", "{}").status == 403);
    CHECK(tablet.get("/api/v1/upstream-sync").status == 403);
    const auto asked = coordinator.post("/api/v1/upstream-sync", "{}");
    REQUIRE(asked.status == 202);
    REQUIRE(eventually([&] {
        status = status_of(coordinator);
        return status["runs_finished"] == 1 && status["queued"] == 0;
    }));
    CHECK(status["confirmed"] == 4);
    CHECK(status["last_error"].is_null());
    CHECK(venue.upstream_total() == 4);
}

TEST_CASE("venue: with the upstream down the hub serves on, and catches up when it is back", "[venue]") {
    VenueServers venue;
    auto tablet = venue.client("tablet-1", "tablet");
    auto coordinator = venue.client("pc-1", "coordinator");
    venue.upstream->kill_hard();
    const auto sent = feedbacks(tablet, 5);
    for (const auto& result : tablet.push(sent)) CHECK(result.status == sync::RecordStatus::Stored);
    CHECK(tablet.pull("").status == 200);
    REQUIRE(eventually([&] { return status_of(coordinator)["reachable"] == false; }));
    CHECK(status_of(coordinator)["queued"] == 5);
    venue.upstream->restart();
    REQUIRE(eventually([&] { return status_of(coordinator)["queued"] == 0; }));
    CHECK(venue.upstream_total() == 5);
    REQUIRE(eventually([&] { return receipted(tablet.pull_all()).size() == 5; }));
}

TEST_CASE("venue: a held pull is answered as soon as a change reaches the hub", "[venue][long-poll]") {
    VenueServers venue;
    auto lobby = venue.client("lobby-1", "lobby");
    std::string cursor;
    (void)lobby.pull_all("", &cursor);
    // The lobby waits (up to 25 s) while the upstream's feed gains a venue, which the hub pulls.
    auto held = std::async(std::launch::async, [&] { return lobby.pull(cursor, 25); });
    REQUIRE(venue.upstream->run({"import", "--db", "{db}", venue_feed(venue.dir, 1, "Riverside").string()}) == 0);
    const PulledPage page = held.get();
    REQUIRE(page.status == 200);
    // Answered with the change, not empty at its deadline.
    REQUIRE(!page.changes.empty());
    CHECK(page.changes[0]["kind"] == "venue");
    CHECK(page.changes[0]["data"]["name"] == "Riverside");
}

TEST_CASE("venue: another venue's family never reaches this hub", "[venue][privacy]") {
    VenueServers venue;
    auto coordinator = venue.client("pc-1", "coordinator");
    REQUIRE(venue.upstream->run({"import", "--db", "{db}", venue_feed(venue.dir, 2, "Othervenuecanary").string()}) == 0);
    REQUIRE(venue.upstream->run({"import", "--db", "{db}", venue_feed(venue.dir, 1, "Riverside").string()}) == 0);
    REQUIRE(eventually([&] { return coordinator.pull_all().size() == 2; }));
    CHECK(json(coordinator.pull_all()).dump().find("Othervenuecanary") == std::string::npos);
}
