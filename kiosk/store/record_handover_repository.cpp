#include "kiosk/store/record_handover_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

core::Id RecordHandoverRepository::hand_over(WriteTransaction& tx, const RecordHandover& h) {
    tx.db().cached("INSERT INTO record_handovers (record_id, from_staff, to_staff, by_staff, at, reason) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(h.record_id, h.from_staff, h.to_staff, h.by_staff, core::to_unix(tx.at()), h.reason)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("record.handed_over", "observation_record", h.record_id,
             "from=" + std::to_string(h.from_staff) + " to=" + std::to_string(h.to_staff));
    return id;
}

std::vector<RecordHandover> RecordHandoverRepository::of_record(core::Id record_id) {
    std::vector<RecordHandover> out;
    auto s = db_.cached("SELECT id, record_id, from_staff, to_staff, by_staff, at, reason FROM record_handovers "
                        "WHERE record_id = ? ORDER BY id");
    s.bind_all(record_id);
    while (s.step()) {
        out.push_back({s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.int64(4), core::from_unix(s.int64(5)), s.text(6)});
    }
    return out;
}

std::optional<core::Id> RecordHandoverRepository::holder(core::Id record_id) {
    auto s = db_.cached("SELECT to_staff FROM record_handovers WHERE record_id = ? ORDER BY id DESC LIMIT 1");
    s.bind_all(record_id);
    if (!s.step()) return std::nullopt;
    return s.int64(0);
}

void RecordHandoverRepository::note_writer(WriteTransaction& tx, core::Id record_id, const std::string& part,
                                           core::Id staff_id) {
    const auto at = core::to_unix(tx.at());
    tx.db().cached("INSERT INTO record_writers (record_id, part, staff_id, first_at, last_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(record_id, part, staff_id) DO UPDATE SET last_at = excluded.last_at")
        .bind_all(record_id, part, staff_id, at, at)
        .run();
}

std::vector<RecordWriter> RecordHandoverRepository::writers(core::Id record_id) {
    std::vector<RecordWriter> out;
    auto s = db_.cached("SELECT part, staff_id, first_at, last_at FROM record_writers WHERE record_id = ? "
                        "ORDER BY part, first_at, staff_id");
    s.bind_all(record_id);
    while (s.step()) out.push_back({s.text(0), s.int64(1), core::from_unix(s.int64(2)), core::from_unix(s.int64(3))});
    return out;
}

}  // namespace kiosk::store
