#include "kiosk/store/outbox_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

std::vector<OutboxItem> OutboxRepository::next_batch(int limit, bool fast_lane_only) {
    std::vector<OutboxItem> out;
    auto s = db_.cached("SELECT id, uuid, kind, entity_id, created_at, priority, payload, attempts FROM outbox "
                        "WHERE state = 'queued' AND priority >= ? ORDER BY priority DESC, id LIMIT ?");
    s.bind_all(fast_lane_only ? 1 : 0, limit);
    while (s.step()) {
        out.push_back(OutboxItem{.id = s.int64(0),
                                 .uuid = s.text(1),
                                 .kind = s.text(2),
                                 .entity_id = s.int64(3),
                                 .created_at = core::from_unix(s.int64(4)),
                                 .fast_lane = s.int64(5) > 0,
                                 .payload = s.text(6),
                                 .attempts = s.integer(7)});
    }
    return out;
}

void OutboxRepository::mark_sent(WriteTransaction& tx, const std::string& uuid) {
    tx.db().cached("UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1 WHERE uuid = ?")
        .bind_all(core::to_unix(tx.at()), uuid)
        .run();
    tx.audit("outbox.sent", "outbox", 0, uuid);
}

void OutboxRepository::mark_already_stored(WriteTransaction& tx, const std::string& uuid) {
    tx.db().cached("UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1 WHERE uuid = ?")
        .bind_all(core::to_unix(tx.at()), uuid)
        .run();
    tx.audit("outbox.already_stored", "outbox", 0, uuid);
}

void OutboxRepository::mark_rejected(WriteTransaction& tx, const std::string& uuid, const std::string& reason) {
    tx.db().cached("UPDATE outbox SET state = 'rejected', last_error = ?, attempts = attempts + 1 WHERE uuid = ?")
        .bind_all(reason, uuid)
        .run();
    tx.audit("outbox.rejected", "outbox", 0, uuid);
}

OutboxCounts OutboxRepository::counts() {
    OutboxCounts c;
    auto s = db_.cached("SELECT state, count(*) FROM outbox GROUP BY state");
    while (s.step()) {
        const std::string state = s.text(0);
        const std::int64_t n = s.int64(1);
        if (state == "queued") c.queued = n;
        if (state == "sent") c.sent = n;
        if (state == "rejected") c.rejected = n;
    }
    return c;
}

std::vector<std::pair<std::string, std::int64_t>> OutboxRepository::queued_by_kind() {
    std::vector<std::pair<std::string, std::int64_t>> out;
    auto s = db_.cached("SELECT kind, count(*) FROM outbox WHERE state = 'queued' GROUP BY kind ORDER BY kind");
    while (s.step()) out.emplace_back(s.text(0), s.int64(1));
    return out;
}

std::int64_t OutboxRepository::queued_fast_lane() {
    auto s = db_.cached("SELECT count(*) FROM outbox WHERE state = 'queued' AND priority >= 1");
    s.step();
    return s.int64(0);
}

}  // namespace kiosk::store
