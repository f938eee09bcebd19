// The hub killed with SIGKILL at random moments while devices push (issue #13, test (g)): every
// record reaches the upstream, none twice, and each device gets one receipt per record. The
// kills land anywhere: mid-batch, between storing and applying, mid-forward, mid-receipt.
// KIOSK_VENUE_KILLS sets how many (50 by default; CI keeps it at a few minutes).
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <random>
#include <thread>

#include "tests/venue/venue_servers.hpp"

using namespace kiosk;
using namespace kiosk::testing;

namespace {

struct Pusher {
    Pusher(const VenueServers& venue, std::string id, const std::string& role)
        : device_id(std::move(id)), token(venue.hub_token(device_id, role)) {}

    void run(const VenueServers& venue, const std::atomic<bool>& stop) {
        thread = std::thread([this, &venue, &stop] {
            auto device = venue.client_with_token(device_id, token);
            for (int batch = 0; !stop; ++batch) {
                std::vector<sync::PushRecord> records;
                for (int i = 0; i < 4; ++i) records.push_back(device.feedback(batch * 4 + i));
                // A device sends the same batch again until the hub answers it.
                device.push_until_answered(records);
                for (const auto& r : records) sent.push_back(r.uuid);
            }
        });
    }

    std::string device_id;
    std::string token;
    std::vector<std::string> sent;
    std::thread thread;
};

}  // namespace

TEST_CASE("venue: the hub killed at random moments loses nothing and forwards nothing twice", "[venue][crash]") {
    VenueServers venue;
    const int kills = venue_kills_wanted();
    std::atomic<bool> stop{false};
    Pusher lobby(venue, "lobby-1", "lobby");
    Pusher tablet(venue, "tablet-1", "tablet");
    lobby.run(venue, stop);
    tablet.run(venue, stop);
    std::mt19937 random(std::random_device{}());
    for (int k = 0; k < kills; ++k) {
        std::this_thread::sleep_for(std::chrono::milliseconds{std::uniform_int_distribution<int>(20, 400)(random)});
        venue.hub->restart();  // SIGKILL, then the same binary on the same port and file
    }
    stop = true;
    lobby.thread.join();
    tablet.thread.join();
    const std::size_t total = lobby.sent.size() + tablet.sent.size();
    INFO("records sent: " << total << " through " << kills << " kills");
    REQUIRE(lobby.sent.size() > 0);
    REQUIRE(tablet.sent.size() > 0);
    // Nothing lost, nothing twice: the upstream holds exactly what the devices sent.
    REQUIRE(eventually([&] { return venue.upstream_total() == static_cast<std::int64_t>(total); },
                       std::chrono::seconds{180}));
    // Each device: one receipt per record it sent, none for another's.
    for (Pusher* p : {&lobby, &tablet}) {
        auto reader = venue.client_with_token(p->device_id, p->token);
        std::vector<std::string> confirmed;
        REQUIRE(eventually([&] {
            confirmed = receipted(reader.pull_all());
            return confirmed.size() >= p->sent.size();
        }));
        std::sort(confirmed.begin(), confirmed.end());
        std::vector<std::string> sent = p->sent;
        std::sort(sent.begin(), sent.end());
        CHECK(confirmed == sent);
    }
    CHECK(venue.upstream_total() == static_cast<std::int64_t>(total));
}
