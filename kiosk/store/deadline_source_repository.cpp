#include "kiosk/store/deadline_source_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/record_handover_repository.hpp"

namespace kiosk::store {

std::vector<SessionRecordDeadline> DeadlineSourceRepository::records_owed(core::Timestamp since) {
    std::vector<SessionRecordDeadline> out;
    // A draft is owed by whoever holds it now; a record nobody started, by the session's worker.
    auto s = db_.cached(
        std::string("SELECT s.id, coalesce(r.id, 0), c.first_name, coalesce(w.display_name, ''), coalesce(w.active, 1), "
                    "s.starts_at + s.minutes * 60, v.recording_timescale_hours, v.recording_working_days FROM sessions s "
                    "JOIN children c ON c.id = s.child_id JOIN agreement_versions v ON v.id = s.agreement_version_id "
                    "LEFT JOIN observation_records r ON r.session_id = s.id "
                    "LEFT JOIN staff w ON w.id = CASE WHEN r.id IS NULL THEN s.worker_id ELSE ") +
        kDraftHolderSql +
        " END WHERE s.state IN ('ended', 'ended_early') AND s.starts_at >= ? AND (r.id IS NULL OR r.state = 'draft') "
        "ORDER BY s.starts_at");
    s.bind_all(core::to_unix(since));
    while (s.step()) {
        SessionRecordDeadline d;
        d.session_id = s.int64(0);
        d.record_id = s.int64(1);
        d.child_first_name = s.text(2);
        d.worker_name = s.text(3);
        d.worker_active = s.int64(4) != 0;
        d.session_end = core::from_unix(s.int64(5));
        d.timescale_hours = s.integer(6);
        d.working_days = s.integer(7);
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<ReviewOwed> DeadlineSourceRepository::reviews_owed(const std::string& until_date) {
    std::vector<ReviewOwed> out;
    auto s = db_.cached(
        "SELECT a.id, c.first_name, v.review_date FROM agreements a JOIN children c ON c.id = a.child_id "
        "JOIN agreement_versions v ON v.agreement_id = a.id AND v.version = "
        "(SELECT max(version) FROM agreement_versions WHERE agreement_id = a.id) "
        "WHERE v.review_date <= ? ORDER BY v.review_date, a.id");
    s.bind_all(until_date);
    while (s.step()) out.push_back({s.int64(0), s.text(1), s.text(2)});
    return out;
}

}  // namespace kiosk::store
