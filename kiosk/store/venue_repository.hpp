#pragma once
#include <optional>
#include <vector>

#include "kiosk/core/venue.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class VenueRepository {
public:
    explicit VenueRepository(Database& db) : db_(db) {}

    core::Id add_venue(WriteTransaction& tx, const core::Venue& venue);
    core::Id add_room(WriteTransaction& tx, const core::Room& room);
    std::optional<core::Venue> venue(core::Id id);
    std::vector<core::Venue> venues();
    std::optional<core::Room> room(core::Id id);
    std::vector<core::Room> rooms(core::Id venue_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
