#pragma once
// The venue of issue #13's tests: the social work team's server (upstream) and the venue's hub
// as real contact-sync-server processes on 127.0.0.1, the demo families in the upstream's feed,
// and three devices, each its own database and key folder, enrolled with the hub: the lobby
// (family face), a tablet (staff face) and the coordinator's PC (coordinator face).
#include <memory>
#include <string>

#include "kiosk/app/demo/demo_feed.hpp"
#include "tests/venue/venue_device.hpp"
#include "tests/venue/venue_servers.hpp"

namespace kiosk::testing {

// 09:52 on the demo's day (2026-11-23, London): the 10:00 visits' families may check in.
inline const core::Timestamp kVenueMorning = kDemoNow - std::chrono::minutes{13};

// A child the social work team refers to the venue (test (b)): the child, one adult and a new
// referral, with the UUIDs they were given.
struct Referred {
    std::string child_uuid;
    std::string adult_uuid;
    std::string referral_uuid;
};

struct VenueOptions {
    VenueServersOptions servers{};
    int families = 6;
};

class Venue {
public:
    explicit Venue(VenueOptions options = {});

    // Today's visit at `index` in the demo's order ("10:00 Sunflower Room" ...).
    const app::TodaysVisit& visit(std::size_t index) const { return feed.seeded.todays_visits.at(index); }
    // The upstream's feed gains a child (born `born`, YYYY-MM-DD), its adult and a new referral to
    // this venue, as the social work team would send them; the hub passes them on.
    Referred refer(const std::string& child, const std::string& born, const std::string& adult,
                   const std::string& relationship);
    // A second tablet, started like the first.
    std::unique_ptr<VenueDevice> another_tablet(const std::string& id);

    VenueClock clock{kVenueMorning};
    VenueServers servers;
    app::DemoFeed feed;
    std::unique_ptr<VenueDevice> lobby;
    std::unique_ptr<VenueDevice> tablet;
    std::unique_ptr<VenueDevice> pc;

private:
    std::string venue_uuid_;
    int feeds_ = 0;
};

}  // namespace kiosk::testing
