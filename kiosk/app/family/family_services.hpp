#pragma once
// What the family face needs from the rest of the program: the database, the venue this
// terminal stands in and the activity library. Built once by the window, the screenshot
// command and the tests, and lent to KioskApp.
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/core/activity.hpp"
#include "kiosk/core/ids.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct FamilyServices {
    store::Database& db;
    core::Id venue_id = 0;  // sessions in rooms of other venues are refused at this lobby
    std::string time_zone;  // the venue's, for "today" and every time shown
    std::vector<core::Activity> activity_library;
};

// The first venue in the database (as VenueInfo) and the library under `assets_dir`.
FamilyServices make_family_services(store::Database& db, const std::filesystem::path& assets_dir,
                                    const std::string& fallback_time_zone);

}  // namespace kiosk::app
