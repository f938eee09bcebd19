#include "kiosk/app/venue_info.hpp"

#include "kiosk/store/venue_repository.hpp"

namespace kiosk::app {

VenueInfo load_venue_info(store::Database& db, const Config& config) {
    VenueInfo info{config.venue_name, config.time_zone};
    info.family_pages = config.family_pages;
    const auto venues = store::VenueRepository{db}.venues();
    if (!venues.empty()) {
        const core::Venue& venue = venues.front();
        if (!venue.name.empty()) info.name = venue.name;
        if (!venue.time_zone.empty()) info.time_zone = venue.time_zone;
        info.id = venue.id;
    }
    return info;
}

std::filesystem::path assets_dir_of(const Config& config) {
    return config.assets_dir.empty() ? default_assets_dir() : config.assets_dir;
}

}  // namespace kiosk::app
