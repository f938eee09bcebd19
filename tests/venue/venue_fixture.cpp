#include "tests/venue/venue_fixture.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

#include "kiosk/store/uuid.hpp"
#include "sync/protocol/venue_entities.hpp"

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
    const nlohmann::json sent = nlohmann::json::parse(feed.json);
    for (const auto& change : sent["changes"]) {
        if (change["kind"] == "venue" && change["data"]["number"] == VenueServers::kVenue) {
            venue_uuid_ = change["data"]["uuid"];
        }
    }
    if (venue_uuid_.empty()) throw std::runtime_error("the demo feed has no venue numbered for the hub");
    lobby = std::make_unique<VenueDevice>(servers, "lobby-1", "lobby", "family", clock);
    tablet = std::make_unique<VenueDevice>(servers, "tablet-1", "tablet", "staff", clock);
    pc = std::make_unique<VenueDevice>(servers, "pc-1", "coordinator", "coordinator", clock);
    lobby->start();
    tablet->start();
    pc->start();
}

Referred Venue::refer(const std::string& child, const std::string& born, const std::string& adult,
                      const std::string& relationship) {
    namespace r = core::replica;
    const Referred made{store::new_uuid(), store::new_uuid(), store::new_uuid()};
    nlohmann::json changes = nlohmann::json::array();
    for (const r::Entity& e : std::vector<r::Entity>{
             r::Child{made.child_uuid, child, born, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                      std::nullopt, std::nullopt},
             r::Adult{made.adult_uuid, made.child_uuid, adult, relationship, std::nullopt},
             r::Referral{made.referral_uuid, made.child_uuid, "A. Social Worker", clock.now() - std::chrono::hours{2},
                         core::ReferralStatus::New, "Weekly contact with Mum, supervised to start.", venue_uuid_, std::nullopt, std::nullopt}}) {
        changes.push_back({{"kind", sync::kind_of(e)}, {"data", sync::to_json(e)}});
    }
    const auto file = servers.dir / ("referral-" + std::to_string(++feeds_) + ".json");
    std::ofstream(file) << nlohmann::json{{"changes", changes}}.dump();
    std::string output;
    if (servers.upstream->run({"import", "--db", "{db}", file.string()}, &output) != 0) {
        throw std::runtime_error("the upstream refused the referral: " + output);
    }
    return made;
}

std::unique_ptr<VenueDevice> Venue::another_tablet(const std::string& id) {
    auto device = std::make_unique<VenueDevice>(servers, id, "tablet", "staff", clock);
    device->start();
    return device;
}

}  // namespace kiosk::testing
