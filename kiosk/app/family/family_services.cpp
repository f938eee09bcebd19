#include "kiosk/app/family/family_services.hpp"

#include "kiosk/app/family/activity_library.hpp"
#include "kiosk/store/venue_repository.hpp"

namespace kiosk::app {

FamilyServices make_family_services(store::Database& db, const std::filesystem::path& assets_dir,
                                    const std::string& fallback_time_zone) {
    FamilyServices services{db, 0, fallback_time_zone, {}};
    const auto venues = store::VenueRepository{db}.venues();
    if (!venues.empty()) {
        services.venue_id = venues.front().id;
        if (!venues.front().time_zone.empty()) services.time_zone = venues.front().time_zone;
    }
    services.activity_library = load_activity_library(assets_dir / "activities" / "library.toml");
    return services;
}

}  // namespace kiosk::app
