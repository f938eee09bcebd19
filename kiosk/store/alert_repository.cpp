#include "kiosk/store/alert_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

core::Id AlertRepository::raise(WriteTransaction& tx, const core::Alert& a, const PayloadFor& payload_for) {
    auto insert = tx.db().cached("INSERT INTO alerts (kind, session_id, raised_at, detail) VALUES (?, ?, ?, ?)");
    insert.bind_all(core::to_string(a.kind));
    if (a.session_id != 0) {
        insert.bind(2, a.session_id);
    } else {
        insert.bind(2, std::nullopt);
    }
    insert.bind(3, core::to_unix(a.raised_at)).bind(4, a.detail).run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("alert.raised", "alert", id, std::string(core::to_string(a.kind)));
    tx.enqueue(OutboxMessage{.kind = "alert", .entity_id = id, .payload = payload_for(id), .fast_lane = true});
    return id;
}

void AlertRepository::acknowledge(WriteTransaction& tx, core::Id alert_id, core::Id staff_id) {
    tx.db().cached("UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? "
                   "WHERE id = ? AND acknowledged_at IS NULL")
        .bind_all(staff_id, core::to_unix(tx.at()), alert_id)
        .run();
    if (tx.db().changes() != 1) {
        throw StoreError(StoreErrorKind::NotFound, "that alert is not open");
    }
    tx.audit("alert.acknowledged", "alert", alert_id, "staff=" + std::to_string(staff_id));
}

std::vector<core::Alert> AlertRepository::open_alerts() {
    std::vector<core::Alert> out;
    auto s = db_.cached("SELECT id, kind, coalesce(session_id, 0), raised_at, detail FROM alerts "
                        "WHERE acknowledged_at IS NULL ORDER BY raised_at, id");
    while (s.step()) {
        out.push_back(core::Alert{
            .id = s.int64(0),
            .kind = core::parse_alert_kind(s.text(1)).value_or(core::AlertKind::AttendeeNotApproved),
            .session_id = s.int64(2),
            .raised_at = core::from_unix(s.int64(3)),
            .detail = s.text(4),
            .acknowledged_by = 0,
            .acknowledged_at = std::nullopt});
    }
    return out;
}

}  // namespace kiosk::store
