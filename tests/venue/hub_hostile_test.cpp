// The hub's new endpoints and roles against what a stranger, a lost token or a confused device
// sends (issue #13; docs/SECURITY.md): floods of long polls, a lobby's token asking for what is
// not the lobby's, a device or token of another venue, a receipt pushed or replayed, and
// sign-in attempts that are not what they claim. Each answers with a clear refusal, stores
// nothing, and the hub serves on.
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <future>
#include <optional>
#include <nlohmann/json.hpp>

#include "sync/protocol/venue_entities.hpp"
#include "tests/security/hostile/tls_client.hpp"
#include "tests/sync/venue_samples.hpp"
#include "tests/venue/venue_servers.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;
using nlohmann::json;
namespace r = kiosk::core::replica;

namespace {

std::string bearer(const std::string& token) { return "Authorization: Bearer " + token; }

// A long poll on its own connection from `from`, far past any change, so the hub holds it.
struct HeldPoll {
    HeldPoll(int port, const std::string& token, const std::string& from, int wait) : client(port, from) {
        opened = client.open(20s) &&
                 client.send(http_request("GET", "/api/v1/changes?after=1000000&wait=" + std::to_string(wait),
                                          {bearer(token)}));
    }
    TlsClient client;
    bool opened = false;
};

// The venue's families as the upstream's feed carries them, a canary in every field the lobby
// must never receive.
std::filesystem::path canary_feed(const TempDir& dir) {
    std::vector<r::Entity> entities;
    for (auto e : venue_samples()) {
        std::visit(
            [&](auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, r::Child>) {
                    x.restricted_surname = "Surnamecanary";
                    x.restricted_school = "Schoolcanary";
                    x.medical = "Medicalcanary";
                    x.allergies = "Allergycanary";
                    x.needs = "Needscanary";
                    entities.push_back(x);
                } else if constexpr (std::is_same_v<T, r::Adult>) {
                    x.surname = "Adultsurnamecanary";
                    entities.push_back(x);
                } else if constexpr (std::is_same_v<T, r::Referral>) {
                    x.social_worker_notes = "Notescanary";
                    entities.push_back(x);
                } else if constexpr (std::is_same_v<T, r::Staff>) {
                    x.pin_hash = "$argon2id$Pincanary";
                    entities.push_back(x);
                } else if constexpr (std::is_same_v<T, r::Booking>) {
                    x.brought_by = "Broughtbycanary";
                    entities.push_back(x);
                } else if constexpr (std::is_same_v<T, r::Venue> || std::is_same_v<T, r::Room> ||
                                     std::is_same_v<T, r::Agreement> || std::is_same_v<T, r::AgreementVersion>) {
                    entities.push_back(x);
                }
            },
            e);
    }
    json changes = json::array();
    for (const auto& e : entities) changes.push_back({{"kind", sync::kind_of(e)}, {"data", sync::to_json(e)}});
    const auto file = dir / "canary-feed.json";
    std::ofstream(file) << json{{"changes", changes}}.dump();
    return file;
}

}  // namespace

TEST_CASE("hostile hub: long polls hold no thread, two per device, and a flood starves no push", "[venue][hostile]") {
    VenueServers venue;
    auto pusher = venue.client("tablet-9", "tablet");
    // Four devices each hold two polls: eight, twice the hub's worker threads.
    std::vector<std::unique_ptr<HeldPoll>> held;
    for (int d = 0; d < 4; ++d) {
        const std::string token = venue.hub_token("lobby-" + std::to_string(d), "lobby");
        std::vector<std::unique_ptr<HeldPoll>> three;
        for (int p = 0; p < 3; ++p) {
            three.push_back(std::make_unique<HeldPoll>(venue.hub->port(), token,
                                                       "127.0.0." + std::to_string(2 + d * 3 + p), 25));
            REQUIRE(three.back()->opened);
        }
        // A third poll of the same device is refused at once and its connection closed. Which of
        // the three is the third is the order the hub reads them in, which a loaded machine can
        // change: exactly one is refused, the other two stay held.
        std::optional<std::size_t> refused_at;
        const auto until = std::chrono::steady_clock::now() + 20s;
        while (!refused_at && std::chrono::steady_clock::now() < until) {
            for (std::size_t i = 0; i < three.size() && !refused_at; ++i) {
                if (const auto answer = three[i]->client.answer(50ms)) {
                    CHECK(answer->status == 429);
                    CHECK(three[i]->client.closed_within(10s));
                    refused_at = i;
                }
            }
        }
        REQUIRE(refused_at);
        for (std::size_t i = 0; i < three.size(); ++i) {
            if (i != *refused_at) held.push_back(std::move(three[i]));
        }
    }
    // A flood of forty more from one token, each from its own address: all refused at once.
    const std::string flooder = venue.hub_token("lobby-flood", "lobby");
    {
        HeldPoll first(venue.hub->port(), flooder, "127.0.1.1", 25);
        HeldPoll second(venue.hub->port(), flooder, "127.0.1.2", 25);
        std::vector<std::unique_ptr<HeldPoll>> flood;
        for (int i = 0; i < 40; ++i) {
            flood.push_back(std::make_unique<HeldPoll>(venue.hub->port(), flooder, "127.0.2." + std::to_string(1 + i), 25));
        }
        int refused = 0;
        for (auto& poll : flood) {
            const auto answer = poll->client.answer(20s);
            if (answer && answer->status == 429) ++refused;
        }
        CHECK(refused >= 38);
    }
    // While ten polls are held, a push and a pull are answered.
    const auto results = pusher.push({pusher.feedback(1), pusher.feedback(2)});
    CHECK(results.size() == 2);
    CHECK(pusher.pull("").status == 200);
    // ...before any held poll was: none of them has answered yet.
    for (auto& poll : held) CHECK(!poll->client.answer(10ms));
}

TEST_CASE("hostile hub: a held poll is answered empty at its deadline", "[venue][hostile]") {
    VenueServers venue;
    HeldPoll poll(venue.hub->port(), venue.hub_token("lobby-1", "lobby"), "127.0.0.2", 2);
    REQUIRE(poll.opened);
    const auto answer = poll.client.answer(60s);
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(json::parse(answer->body)["changes"].empty());
    // Asking to wait longer than 25 s is refused, not held.
    auto lobby = venue.client("lobby-2", "lobby");
    CHECK(lobby.get("/api/v1/changes?wait=26").status == 400);
    CHECK(lobby.get("/api/v1/changes?wait=-1").status == 400);
    CHECK(lobby.get("/api/v1/changes?wait=1e3").status == 400);
}

TEST_CASE("hostile hub: a lobby's token reaches neither the coordinator's endpoints nor its kinds", "[venue][hostile]") {
    VenueServers venue;
    auto lobby = venue.client("lobby-1", "lobby");
    auto coordinator = venue.client("pc-1", "coordinator");
    CHECK(lobby.post("/api/v1/upstream-sync", "{}").status == 403);
    CHECK(lobby.get("/api/v1/upstream-sync").status == 403);
    CHECK(lobby.post("/api/v1/sign-in-attempts",
                     json{{"staff_uuid", sample_uuid(3)}, {"outcome", "failure"}}.dump()).status == 403);
    REQUIRE(venue.upstream->run({"import", "--db", "{db}", canary_feed(venue.dir).string()}) == 0);
    std::vector<json> everything;
    REQUIRE(eventually([&] {
        everything = coordinator.pull_all();
        return json(everything).dump().find("Notescanary") != std::string::npos;
    }));
    // Issue #16: a call's events and the letterbox (an item waiting, one held, their arrangement),
    // pushed by the coordinator, reach a tablet and never the lobby.
    auto tablet = venue.client("tablet-1", "tablet");
    std::vector<sync::PushRecord> contact;
    for (const auto& e : venue_samples()) {
        if (std::holds_alternative<r::CallEvent>(e) || std::holds_alternative<r::LetterboxItem>(e) ||
            std::holds_alternative<r::LetterboxArrangement>(e)) {
            contact.push_back(coordinator.record(e));
        }
    }
    REQUIRE(contact.size() == 4);
    for (const auto& result : coordinator.push_until_answered(contact)) CHECK(result.status == sync::RecordStatus::Stored);
    REQUIRE(eventually([&] {
        const std::string seen = json(tablet.pull_all()).dump();
        return seen.find("\"call_event\"") != std::string::npos && seen.find("A photo of her drawing") != std::string::npos;
    }));
    const std::string lobby_sees = json(lobby.pull_all()).dump();
    for (const char* canary : {"canary", "referral", "needs", "allergies", "medical", "pin_hash", "failed_attempts",
                               "call_event", "letterbox", "A photo of her drawing", "A birthday card"}) {
        CHECK(lobby_sees.find(canary) == std::string::npos);
    }
    CHECK(lobby_sees.find("Zephyrine") != std::string::npos);  // the child's first name: the lobby's to show
}

TEST_CASE("hostile hub: another venue's device and the upstream's tokens are refused", "[venue][hostile]") {
    VenueServers venue({.upstream_sync = "continuous", .early_devices = {{"tablet-v2", 2}}, .request_timeout_seconds = 10});
    auto stranger = venue.client_with_token("tablet-v2", venue.early_tokens.at("tablet-v2"));
    auto coordinator = venue.client("pc-1", "coordinator");
    const auto pushed = stranger.push_raw({stranger.feedback(1)});
    CHECK(pushed.status == 403);
    CHECK(json::parse(pushed.body)["error"].get<std::string>().find("another venue") != std::string::npos);
    CHECK(stranger.pull("").status == 403);
    CHECK(stranger.post("/api/v1/sign-in-attempts", json{{"staff_uuid", sample_uuid(3)}, {"outcome", "failure"}}.dump())
              .status == 403);
    // A device of the upstream (or the hub's own upstream token) means nothing at the hub.
    auto upstream_device = venue.client_with_token("tablet-1", venue.upstream->add_device("tablet-1", 1, "tablet"));
    CHECK(upstream_device.pull("").status == 401);
    CHECK(upstream_device.push_raw({upstream_device.feedback(1)}).status == 401);
    // The hub's command line refuses to add another venue's device or a hub.
    std::string output;
    CHECK(venue.hub->run({"add-device", "--db", "{db}", "--device", "x", "--venue", "2", "--role", "tablet",
                          "--token-file", (venue.dir / "x.token").string()},
                         &output) != 0);
    CHECK(venue.hub->run({"issue-enrolment-token", "--db", "{db}", "--device", "h", "--venue", "1", "--role", "hub",
                          "--token-file", (venue.dir / "h.token").string()},
                         &output) != 0);
    // Nothing was stored: the hub has nothing to send upstream.
    CHECK(json::parse(coordinator.get("/api/v1/upstream-sync").body)["queued"] == 0);
    CHECK(venue.upstream_total() == 0);
}

TEST_CASE("hostile hub: a pushed receipt is refused and a replayed batch brings no second receipt", "[venue][hostile]") {
    VenueServers venue;
    auto tablet = venue.client("tablet-1", "tablet");
    auto lobby = venue.client("lobby-1", "lobby");
    // A receipt is the hub's word to a device, never a device's to the hub: a lobby that could
    // push one could make a tablet purge what never reached the social work team.
    sync::PushRecord forged = lobby.record(r::Receipt{sample_uuid(96), {sample_uuid(97)}});
    const auto refused = lobby.push({forged});
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].status == sync::RecordStatus::Rejected);
    const std::vector<sync::PushRecord> batch{tablet.feedback(1), tablet.feedback(2)};
    tablet.push(batch);
    REQUIRE(eventually([&] { return receipted(tablet.pull_all()).size() == 2; }));
    for (int replay = 0; replay < 3; ++replay) {
        for (const auto& result : tablet.push(batch)) CHECK(result.status == sync::RecordStatus::AlreadyStored);
    }
    CHECK(venue.upstream_total() == 2);
    CHECK(receipted(tablet.pull_all()).size() == 2);
    CHECK(receipted(lobby.pull_all()).empty());
}

TEST_CASE("hostile hub: sign-in attempts that are not what they claim are refused", "[venue][hostile]") {
    VenueServers venue;
    auto tablet = venue.client("tablet-1", "tablet");
    const auto attempt = [&](const std::string& body) { return tablet.post("/api/v1/sign-in-attempts", body).status; };
    CHECK(attempt("not json") == 400);
    CHECK(attempt("[]") == 400);
    CHECK(attempt(json{{"staff_uuid", sample_uuid(3)}, {"outcome", "maybe"}}.dump()) == 400);
    CHECK(attempt(json{{"staff_uuid", "3"}, {"outcome", "failure"}}.dump()) == 400);
    CHECK(attempt(json{{"staff_uuid", sample_uuid(3)}, {"outcome", "failure"}, {"extra", 1}}.dump()) == 400);
    CHECK(attempt(json{{"staff_uuid", {{"a", {{"b", 1}}}}}, {"outcome", "failure"}}.dump()) == 400);
    CHECK(attempt(json{{"staff_uuid", std::string(20'000, 'a')}, {"outcome", "failure"}}.dump()) == 413);
    // An account the venue does not have: nothing is made up for it.
    CHECK(attempt(json{{"staff_uuid", sample_uuid(77)}, {"outcome", "failure"}}.dump()) == 404);
    // And the hub still answers.
    CHECK(tablet.pull("").status == 200);
}
