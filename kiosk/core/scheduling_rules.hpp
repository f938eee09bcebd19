#pragma once
// Scheduling rules: a session may not share a room or a worker with another at the same
// time; venues are ranked by how far the child must travel; a run of missed sessions is
// flagged for the social worker's decision.
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

struct Booking {
    Id id = 0;
    Id room_id = 0;    // 0: holds no room at the venue (a call, contact in the community; never clashes)
    Id worker_id = 0;  // 0: not yet allocated (never clashes)
    Timestamp starts_at{};
    Timestamp ends_at{};
};

enum class ClashKind { Room, Worker };

struct Clash {
    ClashKind kind;
    Id proposed_id;
    Id existing_id;
};

// Every clash between each proposed booking and the existing ones (and among the proposed).
// Back-to-back bookings (one ends as the other starts) do not clash.
std::vector<Clash> find_clashes(const std::vector<Booking>& proposed, const std::vector<Booking>& existing);

struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

struct VenueOption {
    Id venue_id = 0;
    std::string name;
    GeoPoint location;
};

// Great-circle distance in kilometres: a fair proxy for the child's journey.
double distance_km(GeoPoint a, GeoPoint b);
// Venues nearest the child's home first; equal distances keep their given order.
std::vector<VenueOption> rank_venues_by_travel(GeoPoint child_home, std::vector<VenueOption> venues);

enum class Attendance { Attended, NoShow, CancelledByFamily, CancelledByService };

// True when the most recent `threshold` sessions were all missed by the family (no-shows or
// family cancellations). Service cancellations neither count nor break the run.
bool missed_run_reached(const std::vector<Attendance>& oldest_first, int threshold = 3);

}  // namespace kiosk::core
