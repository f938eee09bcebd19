#include "kiosk/core/scheduling_rules.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiosk::core {
namespace {
bool overlaps(const Booking& a, const Booking& b) { return a.starts_at < b.ends_at && b.starts_at < a.ends_at; }

void collect(const Booking& proposed, const Booking& other, std::vector<Clash>& out) {
    if (!overlaps(proposed, other)) return;
    // Room 0 holds no room (a call, contact in the community): only the worker can clash.
    if (proposed.room_id != 0 && proposed.room_id == other.room_id) out.push_back({ClashKind::Room, proposed.id, other.id});
    if (proposed.worker_id != 0 && proposed.worker_id == other.worker_id) {
        out.push_back({ClashKind::Worker, proposed.id, other.id});
    }
}
}  // namespace

std::vector<Clash> find_clashes(const std::vector<Booking>& proposed, const std::vector<Booking>& existing) {
    std::vector<Clash> out;
    for (std::size_t i = 0; i < proposed.size(); ++i) {
        for (const auto& other : existing) collect(proposed[i], other, out);
        for (std::size_t j = i + 1; j < proposed.size(); ++j) collect(proposed[j], proposed[i], out);
    }
    return out;
}

double distance_km(GeoPoint a, GeoPoint b) {
    constexpr double kEarthRadiusKm = 6371.0;
    const auto radians = [](double degrees) { return degrees * std::numbers::pi / 180.0; };
    const double dlat = radians(b.latitude - a.latitude);
    const double dlon = radians(b.longitude - a.longitude);
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(radians(a.latitude)) * std::cos(radians(b.latitude)) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

std::vector<VenueOption> rank_venues_by_travel(GeoPoint child_home, std::vector<VenueOption> venues) {
    std::stable_sort(venues.begin(), venues.end(), [&](const VenueOption& a, const VenueOption& b) {
        return distance_km(child_home, a.location) < distance_km(child_home, b.location);
    });
    return venues;
}

bool missed_run_reached(const std::vector<Attendance>& oldest_first, int threshold) {
    int run = 0;
    for (auto it = oldest_first.rbegin(); it != oldest_first.rend(); ++it) {
        if (*it == Attendance::CancelledByService) continue;
        if (*it == Attendance::Attended) break;
        if (++run >= threshold) return true;
    }
    return false;
}

}  // namespace kiosk::core
