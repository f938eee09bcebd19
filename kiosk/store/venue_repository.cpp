#include "kiosk/store/venue_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/feature_list.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
core::Venue read_venue(const Statement& s) {
    return core::Venue{.id = s.int64(0), .name = s.text(1), .time_zone = s.text(2), .address = s.text(3)};
}
core::Room read_room(const Statement& s) {
    return core::Room{.id = s.int64(0),
                      .venue_id = s.int64(1),
                      .name = s.text(2),
                      .capacity = s.integer(3),
                      .features = split_features(s.text(4))};
}
constexpr const char* kRoomColumns = "SELECT id, venue_id, name, capacity, features FROM rooms ";
}  // namespace

core::Id VenueRepository::add_venue(WriteTransaction& tx, const core::Venue& venue) {
    tx.db().cached("INSERT INTO venues (name, time_zone, address) VALUES (?, ?, ?)")
        .bind_all(venue.name, venue.time_zone, venue.address)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("venue.created", "venue", id);
    return id;
}

core::Id VenueRepository::add_room(WriteTransaction& tx, const core::Room& room) {
    tx.db().cached("INSERT INTO rooms (venue_id, name, capacity, features) VALUES (?, ?, ?, ?)")
        .bind_all(room.venue_id, room.name, room.capacity, join_features(room.features))
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("room.created", "room", id);
    return id;
}

std::optional<core::Venue> VenueRepository::venue(core::Id id) {
    auto s = db_.cached("SELECT id, name, time_zone, address FROM venues WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_venue(s);
}

std::vector<core::Venue> VenueRepository::venues() {
    std::vector<core::Venue> out;
    auto s = db_.cached("SELECT id, name, time_zone, address FROM venues ORDER BY id");
    while (s.step()) out.push_back(read_venue(s));
    return out;
}

std::optional<core::Room> VenueRepository::room(core::Id id) {
    auto s = db_.cached(std::string(kRoomColumns) + "WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_room(s);
}

std::vector<core::Room> VenueRepository::rooms(core::Id venue_id) {
    std::vector<core::Room> out;
    auto s = db_.cached(std::string(kRoomColumns) + "WHERE venue_id = ? ORDER BY name");
    s.bind_all(venue_id);
    while (s.step()) out.push_back(read_room(s));
    return out;
}

}  // namespace kiosk::store
