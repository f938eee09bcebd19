#include "kiosk/store/location_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/statement.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
bool plausible(core::GeoPoint p) {
    return p.latitude >= -90.0 && p.latitude <= 90.0 && p.longitude >= -180.0 && p.longitude <= 180.0;
}
void require_plausible(core::GeoPoint p) {
    if (!plausible(p)) throw StoreError(StoreErrorKind::Invalid, "a location must be a latitude and longitude on Earth");
}
double real(const Statement& s, int column) {
    // Stored as REAL; Statement reads text for anything but integers, so parse it back.
    return std::stod(s.text(column));
}
}  // namespace

void LocationRepository::set_venue_location(WriteTransaction& tx, core::Id venue_id, core::GeoPoint at) {
    require_plausible(at);
    tx.db().cached("UPDATE venues SET latitude = ?, longitude = ? WHERE id = ?")
        .bind_all(at.latitude, at.longitude, venue_id)
        .run();
    if (tx.db().changes() == 0) throw StoreError(StoreErrorKind::NotFound, "no such venue");
    tx.audit("venue.located", "venue", venue_id);
}

std::vector<core::VenueOption> LocationRepository::venue_options() {
    std::vector<core::VenueOption> out;
    auto s = db_.cached("SELECT id, name, latitude, longitude FROM venues WHERE latitude IS NOT NULL "
                        "AND longitude IS NOT NULL ORDER BY id");
    while (s.step()) out.push_back({s.int64(0), s.text(1), {real(s, 2), real(s, 3)}});
    return out;
}

void LocationRepository::set_child_home(WriteTransaction& tx, core::Id child_id, core::GeoPoint approximately) {
    require_plausible(approximately);
    tx.db().cached("UPDATE children SET restricted_home_latitude = ?, restricted_home_longitude = ? WHERE id = ?")
        .bind_all(approximately.latitude, approximately.longitude, child_id)
        .run();
    if (tx.db().changes() == 0) throw StoreError(StoreErrorKind::NotFound, "no such child");
    // The location itself stays out of the audit detail: it is restricted.
    tx.audit("child.home_area_set", "child", child_id);
}

std::optional<core::GeoPoint> LocationRepository::child_home(core::Id child_id) {
    auto s = db_.cached("SELECT restricted_home_latitude, restricted_home_longitude FROM children WHERE id = ? "
                        "AND restricted_home_latitude IS NOT NULL AND restricted_home_longitude IS NOT NULL");
    s.bind_all(child_id);
    if (!s.step()) return std::nullopt;
    return core::GeoPoint{real(s, 0), real(s, 1)};
}

}  // namespace kiosk::store
