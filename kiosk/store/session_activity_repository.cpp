#include "kiosk/store/session_activity_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

void SessionActivityRepository::add(WriteTransaction& tx, core::Id session_id, const std::string& activity_id) {
    tx.db().cached("INSERT OR IGNORE INTO session_activities (session_id, activity_id) VALUES (?, ?)")
        .bind_all(session_id, activity_id)
        .run();
    tx.audit("session_activity.added", "session", session_id, activity_id);
}

std::vector<std::string> SessionActivityRepository::for_session(core::Id session_id) {
    std::vector<std::string> out;
    auto s = db_.cached("SELECT activity_id FROM session_activities WHERE session_id = ? ORDER BY activity_id");
    s.bind_all(session_id);
    while (s.step()) out.push_back(s.text(0));
    return out;
}

std::vector<std::string> SessionActivityRepository::recent_for_child(core::Id child_id, core::Timestamp before,
                                                                     int sessions) {
    std::vector<std::string> out;
    auto s = db_.cached(
        "SELECT DISTINCT a.activity_id FROM session_activities a WHERE a.session_id IN ("
        "  SELECT id FROM sessions WHERE child_id = ? AND starts_at < ? "
        "  AND state NOT IN ('cancelled', 'no_show') ORDER BY starts_at DESC LIMIT ?) "
        "ORDER BY a.activity_id");
    s.bind_all(child_id, core::to_unix(before), sessions);
    while (s.step()) out.push_back(s.text(0));
    return out;
}

}  // namespace kiosk::store
