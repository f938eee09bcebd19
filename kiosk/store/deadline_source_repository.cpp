#include "kiosk/store/deadline_source_repository.hpp"

#include "kiosk/store/database.hpp"

namespace kiosk::store {

std::vector<SessionRecordDeadline> DeadlineSourceRepository::records_owed(core::Timestamp since) {
    std::vector<SessionRecordDeadline> out;
    auto s = db_.cached(
        "SELECT s.id, c.first_name, coalesce(w.display_name, ''), s.starts_at + s.minutes * 60, "
        "v.recording_timescale_hours, v.recording_working_days FROM sessions s "
        "JOIN children c ON c.id = s.child_id JOIN agreement_versions v ON v.id = s.agreement_version_id "
        "LEFT JOIN staff w ON w.id = s.worker_id "
        "LEFT JOIN observation_records r ON r.session_id = s.id AND r.state = 'final' "
        "WHERE s.state IN ('ended', 'ended_early') AND s.starts_at >= ? AND r.id IS NULL ORDER BY s.starts_at");
    s.bind_all(core::to_unix(since));
    while (s.step()) {
        out.push_back({s.int64(0), s.text(1), s.text(2), core::from_unix(s.int64(3)), s.integer(4), s.integer(5)});
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
