#pragma once
// The venue the kiosk stands in, as the screens need it: its name and its time zone.
#include <string>

#include "kiosk/app/config.hpp"
#include "kiosk/core/ids.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct VenueInfo {
    std::string name;
    std::string time_zone;  // IANA, for the clock and every local time shown
    core::Id id = 0;        // 0 when the database holds no venue yet
    std::filesystem::path family_pages{};  // the coordinator's "Page for the family" folder (config)
};

// The first venue in the database (what sync or the demo seed put there); the configuration's
// venue when the database holds none yet.
VenueInfo load_venue_info(store::Database& db, const Config& config);

// The configured assets folder, or the one beside the build when none is configured.
std::filesystem::path assets_dir_of(const Config& config);

}  // namespace kiosk::app
