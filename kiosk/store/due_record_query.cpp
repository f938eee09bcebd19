#include "kiosk/store/due_record_query.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/record_handover_repository.hpp"

namespace kiosk::store {

std::vector<RecordOwed> records_owed(Database& db) {
    std::vector<RecordOwed> out;
    // A draft is owed by whoever holds it (its author, or the worker it was handed to).
    auto s = db.cached(
        std::string("SELECT s.id, CASE WHEN r.id IS NULL THEN coalesce(s.worker_id, 0) ELSE ") + kDraftHolderSql +
        " END, coalesce(r.id, 0), s.child_id, "
        "       coalesce(s.ended_at, s.starts_at + s.minutes * 60) AS ended, "
        "       v.recording_timescale_hours, v.recording_working_days, ven.time_zone "
        "FROM sessions s "
        "JOIN agreement_versions v ON v.id = s.agreement_version_id "
        "JOIN rooms ro ON ro.id = s.room_id JOIN venues ven ON ven.id = ro.venue_id "
        "LEFT JOIN observation_records r ON r.session_id = s.id "
        "WHERE s.state IN ('ended', 'ended_early') AND (r.id IS NULL OR r.state = 'draft') "
        "ORDER BY ended, s.id");
    while (s.step()) {
        out.push_back(RecordOwed{.session_id = s.int64(0),
                                 .worker_id = s.int64(1),
                                 .record_id = s.int64(2),
                                 .child_id = s.int64(3),
                                 .session_end = core::from_unix(s.int64(4)),
                                 .timescale = {.hours = s.integer(5), .working_days = s.integer(6)},
                                 .time_zone = s.text(7)});
    }
    return out;
}

}  // namespace kiosk::store
