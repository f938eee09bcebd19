#pragma once
// Where venues are and, approximately, where each child lives: enough to suggest the venue
// with the shortest journey. The child's location is restricted like an address.
#include <optional>
#include <vector>

#include "kiosk/core/scheduling_rules.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class LocationRepository {
public:
    explicit LocationRepository(Database& db) : db_(db) {}

    void set_venue_location(WriteTransaction& tx, core::Id venue_id, core::GeoPoint at);
    // Venues whose location is known, in id order.
    std::vector<core::VenueOption> venue_options();
    void set_child_home(WriteTransaction& tx, core::Id child_id, core::GeoPoint approximately);
    std::optional<core::GeoPoint> child_home(core::Id child_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
