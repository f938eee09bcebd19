#include "kiosk/store/session_change_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

core::Id SessionChangeRepository::add(WriteTransaction& tx, const SessionChange& c) {
    auto insert = tx.db().cached("INSERT INTO session_changes (session_id, kind, new_session_id, reason, by_staff, at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind_all(c.session_id, c.kind);
    if (c.new_session_id != 0) {
        insert.bind(3, c.new_session_id);
    } else {
        insert.bind(3, std::nullopt);
    }
    insert.bind(4, c.reason).bind(5, c.by_staff).bind(6, core::to_unix(tx.at())).run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("session." + c.kind, "session", c.session_id,
             c.new_session_id != 0 ? "new_session=" + std::to_string(c.new_session_id) : std::string{});
    return id;
}

std::optional<SessionChange> SessionChangeRepository::for_session(core::Id session_id) {
    auto s = db_.cached("SELECT id, session_id, kind, coalesce(new_session_id, 0), reason, by_staff, at "
                        "FROM session_changes WHERE session_id = ? ORDER BY id DESC LIMIT 1");
    s.bind_all(session_id);
    if (!s.step()) return std::nullopt;
    return SessionChange{s.int64(0), s.int64(1), s.text(2), s.int64(3), s.text(4), s.int64(5), core::from_unix(s.int64(6))};
}

}  // namespace kiosk::store
