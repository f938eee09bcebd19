#include "tests/venue/venue_fixture.hpp"

#include <fstream>

namespace kiosk::testing {

Venue::Venue(VenueOptions options) : servers(options.servers) {
    app::DemoSeedOptions seed;
    seed.families = options.families;
    seed.days = 0;
    seed.today = clock.now();
    feed = app::make_demo_feed(seed, VenueServers::kVenue);
    const auto file = servers.dir / "demo-feed.json";
    std::ofstream(file) << feed.json;
    if (servers.upstream->run({"import", "--db", "{db}", file.string()}) != 0) {
        throw std::runtime_error("the upstream refused the demo feed");
    }
    lobby = std::make_unique<VenueDevice>(servers, "lobby-1", "lobby", "family", clock);
    tablet = std::make_unique<VenueDevice>(servers, "tablet-1", "tablet", "staff", clock);
    pc = std::make_unique<VenueDevice>(servers, "pc-1", "coordinator", "coordinator", clock);
    lobby->start();
    tablet->start();
    pc->start();
}

std::unique_ptr<VenueDevice> Venue::another_tablet(const std::string& id) {
    auto device = std::make_unique<VenueDevice>(servers, id, "tablet", "staff", clock);
    device->start();
    return device;
}

}  // namespace kiosk::testing
