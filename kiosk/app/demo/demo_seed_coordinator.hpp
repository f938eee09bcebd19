#pragma once
// The coordinator face's part of the demo: a second venue and venue locations, referrals in
// each state, placements with a comfort call due today and an icebreaker overdue, a missed
// session whose notice went with the 09:30 sync, and this device's last sync. Only a handful of families
// take part, so a 100 000-family seed is no slower.
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct CoordinatorDemoFamily {
    core::Id child = 0;
    core::Id room = 0;
    core::Id version = 0;
};

// `families` are the first few seeded families (up to five are used), `today` the demo's now.
void seed_coordinator_demo(store::Database& db, const std::vector<CoordinatorDemoFamily>& families, core::Id venue,
                           core::Timestamp today, const std::string& time_zone);

}  // namespace kiosk::app
