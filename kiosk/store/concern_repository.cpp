#include "kiosk/store/concern_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
constexpr const char* kColumns = "SELECT id, coalesce(session_id, 0), raised_by, raised_at, severity, text FROM concerns ";

core::Concern read_concern(const Statement& s) {
    return core::Concern{.id = s.int64(0),
                         .session_id = s.int64(1),
                         .raised_by = s.int64(2),
                         .raised_at = core::from_unix(s.int64(3)),
                         .severity = core::parse_concern_severity(s.text(4)).value_or(core::ConcernSeverity::High),
                         .text = s.text(5)};
}
}  // namespace

core::Id ConcernRepository::add(WriteTransaction& tx, const core::Concern& c, const PayloadFor& payload_for) {
    auto insert = tx.db().cached("INSERT INTO concerns (session_id, raised_by, raised_at, severity, text) "
                                 "VALUES (?, ?, ?, ?, ?)");
    if (c.session_id != 0) {
        insert.bind(1, c.session_id);
    } else {
        insert.bind(1, std::nullopt);
    }
    insert.bind(2, c.raised_by).bind(3, core::to_unix(c.raised_at)).bind(4, core::to_string(c.severity)).bind(5, c.text).run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("concern.raised", "concern", id, std::string(core::to_string(c.severity)));
    tx.enqueue(OutboxMessage{.kind = "concern", .entity_id = id, .payload = payload_for(id), .fast_lane = true});
    return id;
}

std::vector<core::Concern> ConcernRepository::for_session(core::Id session_id) {
    std::vector<core::Concern> out;
    auto s = db_.cached(std::string(kColumns) + "WHERE session_id = ? ORDER BY raised_at, id");
    s.bind_all(session_id);
    while (s.step()) out.push_back(read_concern(s));
    return out;
}

std::vector<core::Concern> ConcernRepository::raised_between(core::Timestamp from, core::Timestamp to) {
    std::vector<core::Concern> out;
    auto s = db_.cached(std::string(kColumns) + "WHERE raised_at >= ? AND raised_at < ? ORDER BY raised_at, id");
    s.bind_all(core::to_unix(from), core::to_unix(to));
    while (s.step()) out.push_back(read_concern(s));
    return out;
}

}  // namespace kiosk::store
