#pragma once
// Missed and cancelled sessions (who and why), the attendance history that decides when a run
// of misses is flagged, and the flags waiting for the social worker's decision.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/missed_session.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

struct CaseFlag {
    core::Id id = 0;
    core::Id child_id = 0;
    std::string kind;  // "missed_run"
    core::Timestamp raised_at{};
};

struct MissedSessionNotice {
    core::Id missed_id = 0;
    core::Id session_id = 0;
    core::Id child_id = 0;
    core::Timestamp recorded_at{};
    bool sent = false;  // the outbox row went to the social work team
};

class AttendanceRepository {
public:
    explicit AttendanceRepository(Database& db) : db_(db) {}

    // Records the miss and moves the session to no_show or cancelled.
    core::Id record_missed(WriteTransaction& tx, const core::MissedSession& missed);
    std::optional<core::MissedSession> missed_for_session(core::Id session_id);
    // The child's sessions before `now` (oldest first) as attended or missed; booked sessions
    // nobody recorded are left out, since nobody yet knows how they went.
    std::vector<core::Attendance> history(core::Id child_id, core::Timestamp now);

    core::Id raise_flag(WriteTransaction& tx, core::Id child_id, const std::string& kind);
    bool has_open_flag(core::Id child_id, const std::string& kind);
    std::vector<CaseFlag> open_flags();
    std::vector<CaseFlag> open_flags_of(core::Id child_id);
    // The social worker decided: the flag is closed with who and their note (schema v12).
    // Refused for a flag already resolved (and by trigger for any later change).
    void resolve_flag(WriteTransaction& tx, core::Id flag_id, core::Id by_staff, const std::string& note);

    // Notices queued in the outbox for missed sessions, newest first.
    std::vector<MissedSessionNotice> notices();

private:
    Database& db_;
};

}  // namespace kiosk::store
