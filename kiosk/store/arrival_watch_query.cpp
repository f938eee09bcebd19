#include "kiosk/store/arrival_watch_query.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/session_repository.hpp"

namespace kiosk::store {

std::vector<WatchedSession> sessions_awaiting_arrivals(Database& db, core::Timestamp from, core::Timestamp to) {
    std::vector<WatchedSession> out;
    for (auto& session : SessionRepository(db).starting_between(from, to)) {
        const auto arrived = core::arrived_from_session(session);
        if (arrived.family && arrived.child) continue;  // under way, closed, or everyone is here
        WatchedSession w{std::move(session), 15, arrived, {}};
        const core::Id id = w.session.id;
        {
            auto s = db.cached(
                "SELECT v.grace_minutes, s.parent_arrived_at IS NOT NULL FROM sessions s "
                "JOIN agreement_versions v ON v.id = s.agreement_version_id WHERE s.id = ?");
            s.bind_all(id);
            if (s.step()) {
                w.grace_minutes = s.integer(0);
                w.arrived.family = w.arrived.family || s.int64(1) != 0;
            }
        }
        {
            auto s = db.cached("SELECT DISTINCT party FROM check_ins WHERE session_id = ?");
            s.bind_all(id);
            while (s.step()) {
                if (s.text(0) == "carer") {
                    w.arrived.child = true;
                } else {
                    w.arrived.family = true;
                }
            }
        }
        {
            auto s = db.cached("SELECT kind, detail FROM alerts WHERE session_id = ?");
            s.bind_all(id);
            while (s.step()) w.raised.push_back(s.text(0) + "|" + s.text(1));
        }
        out.push_back(std::move(w));
    }
    return out;
}

}  // namespace kiosk::store
