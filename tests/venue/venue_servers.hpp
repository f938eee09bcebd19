#pragma once
// An upstream (the social work team's receiver) and a venue hub enrolled at it with the role
// hub, both real contact-sync-server processes on 127.0.0.1 with ports they picked, sharing
// the demo CA of scripts/make-demo-certs. Each venue test starts its own pair.
#include <map>
#include <memory>
#include <string>

#include "tests/security/hostile/server_process.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/venue/venue_client.hpp"

namespace kiosk::testing {

struct VenueServersOptions {
    std::string upstream_sync = "continuous";  // or on-request
    // Devices to add to the hub's database before it becomes a hub, as {id, venue} (to test the
    // hub's refusal of another venue's device: the command line refuses to add one later).
    std::vector<std::pair<std::string, int>> early_devices;
    double request_timeout_seconds = 10;
};

class VenueServers {
public:
    static constexpr int kVenue = 1;
    explicit VenueServers(VenueServersOptions options = {});

    // A token of the hub for a device of this venue (add-device: records go unsigned).
    std::string hub_token(const std::string& device, const std::string& role) const;
    VenueClient client(const std::string& device, const std::string& role) const;
    VenueClient client_with_token(const std::string& device, const std::string& token) const;
    // Distinct records of each kind the upstream holds (`contact-sync-server count`).
    std::map<std::string, std::int64_t> upstream_counts() const;
    std::int64_t upstream_total() const;
    std::string ca_file() const { return upstream->ca_file().string(); }

    TempDir dir;
    std::unique_ptr<ServerProcess> upstream;
    std::unique_ptr<ServerProcess> hub;
    std::map<std::string, std::string> early_tokens;
};

// How many times the crash tests SIGKILL the hub: KIOSK_VENUE_KILLS, else 50.
int venue_kills_wanted();

// Polls `done` until it holds or `deadline` passes (a loaded machine is slow, never wrong).
bool eventually(const std::function<bool()>& done, std::chrono::seconds deadline = std::chrono::seconds{90});

}  // namespace kiosk::testing
