#pragma once
// The demo dataset as the social work team's server would send it: seed_demo written into a
// scratch database, then read back by UUID (store::ReplicaReader) as a feed file for
// `contact-sync-server import` (docs/sync-api.md, "The venue"). A venue whose devices start
// empty fills from it through its hub: scripts/run-demo, the venue tests, the venue benchmark.
#include <string>

#include "kiosk/app/demo/demo_seed.hpp"

namespace kiosk::app {

struct DemoFeed {
    std::string json;  // {"changes": [{"kind": ..., "data": {...}}, ...]}, parents first
    DemoSeedResult seeded;
    int changes = 0;
};

// The demo's venue gets `venue_number` (the number devices are enrolled for), its second venue
// the next. Only what a feed
// carries: the venue, rooms, staff, families (children, adults, referrals, risk assessments,
// agreements and their versions, placements) and bookings; no records.
DemoFeed make_demo_feed(const DemoSeedOptions& options, int venue_number = 1);

}  // namespace kiosk::app
