#include "kiosk/store/call_event_repository.hpp"

#include <string>

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

core::Id CallEventRepository::add(WriteTransaction& tx, const core::CallEvent& e) {
    tx.db()
        .cached("INSERT INTO call_events (session_id, at, party, event, recorded_by) VALUES (?, ?, ?, ?, ?)")
        .bind_all(e.session_id, core::to_unix(e.at), core::to_string(e.party), core::to_string(e.kind), e.recorded_by)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("session.call_event", "session", e.session_id,
             std::string{core::to_string(e.party)} + " " + std::string{core::to_string(e.kind)});
    return id;
}

std::vector<core::CallEvent> CallEventRepository::for_session(core::Id session_id) {
    std::vector<core::CallEvent> out;
    auto s = db_.cached("SELECT id, session_id, at, party, event, recorded_by FROM call_events "
                        "WHERE session_id = ? ORDER BY at, id");
    s.bind_all(session_id);
    while (s.step()) {
        out.push_back({s.int64(0), s.int64(1), core::from_unix(s.int64(2)),
                       core::parse_call_party(s.text(3)).value_or(core::CallParty::Family),
                       core::parse_call_event_kind(s.text(4)).value_or(core::CallEventKind::Joined), s.int64(5)});
    }
    return out;
}

}  // namespace kiosk::store
