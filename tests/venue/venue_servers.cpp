#include "tests/venue/venue_servers.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

namespace kiosk::testing {
namespace fs = std::filesystem;

namespace {
std::string read_file(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line;
}
}  // namespace

VenueServers::VenueServers(VenueServersOptions options) {
    upstream = std::make_unique<ServerProcess>(
        dir.path(), ServerProcessOptions{.db_argument = {}, .request_timeout_seconds = options.request_timeout_seconds,
                                         .max_connections_per_address = 32, .extra_arguments = {}, .name = "upstream",
                                         .certs = {}, .sealing_key = {}, .environment = {}});
    const fs::path hub_db = dir / "hub.db";
    for (const auto& [device, venue] : options.early_devices) {
        const fs::path file = dir / ("early-" + device + ".token");
        if (upstream->run({"add-device", "--db", hub_db.string(), "--device", device, "--venue", std::to_string(venue),
                           "--role", "tablet", "--token-file", file.string()}) != 0) {
            throw std::runtime_error("add-device on the hub's database failed");
        }
        early_tokens[device] = read_file(file);
    }
    (void)upstream->issue_token("hub-1", kVenue, "hub");
    const fs::path token_file = dir / "upstream-enrol-hub-1.token";
    std::string output;
    if (upstream->run({"hub-enrol", "--db", hub_db.string(), "--upstream", upstream->url(), "--token-file",
                       token_file.string(), "--ca-file", upstream->ca_file().string()},
                      &output) != 0) {
        throw std::runtime_error("hub-enrol failed: " + output);
    }
    hub = std::make_unique<ServerProcess>(
        dir.path(),
        ServerProcessOptions{.db_argument = {}, .request_timeout_seconds = options.request_timeout_seconds,
                             .max_connections_per_address = 32,
                             .extra_arguments = {"--role", "hub", "--upstream-sync", options.upstream_sync,
                                                 "--upstream-pull-wait", "5", "--upstream-retry-max", "2"},
                             .name = "hub", .certs = upstream->certs(), .sealing_key = {}, .environment = {}});
}

std::string VenueServers::hub_token(const std::string& device, const std::string& role) const {
    return hub->add_device(device, kVenue, role);
}

VenueClient VenueServers::client(const std::string& device, const std::string& role) const {
    return client_with_token(device, hub_token(device, role));
}

VenueClient VenueServers::client_with_token(const std::string& device, const std::string& token) const {
    return VenueClient(hub->port(), ca_file(), device, token);
}

std::map<std::string, std::int64_t> VenueServers::upstream_counts() const {
    std::string output;
    if (upstream->run({"count", "--db", "{db}"}, &output) != 0) throw std::runtime_error("count failed: " + output);
    std::map<std::string, std::int64_t> counts;
    std::istringstream lines(output);
    std::string kind;
    std::int64_t n = 0;
    while (lines >> kind >> n) counts[kind] = n;
    return counts;
}

std::int64_t VenueServers::upstream_total() const {
    const auto counts = upstream_counts();
    const auto it = counts.find("total");
    return it == counts.end() ? 0 : it->second;
}

int venue_kills_wanted() {
    const char* text = std::getenv("KIOSK_VENUE_KILLS");
    return text != nullptr ? std::max(1, std::atoi(text)) : 50;
}

bool eventually(const std::function<bool()>& done, std::chrono::seconds deadline) {
    const auto until = std::chrono::steady_clock::now() + deadline;
    while (std::chrono::steady_clock::now() < until) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
    return done();
}

}  // namespace kiosk::testing
