#include "kiosk/store/outbox_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

void OutboxCursor::passed(const OutboxItem& item) {
    core::Id& lane = item.fast_lane ? fast_lane_after : normal_after;
    lane = std::max(lane, item.id);
}

std::vector<OutboxItem> OutboxRepository::next_batch(int limit, bool fast_lane_only, OutboxCursor after) {
    std::vector<OutboxItem> out;
    // json_valid guards json_extract, which would fail the whole query on one bad payload; a
    // payload that is not a JSON object is refused record by record when the batch is encoded.
    auto s = db_.cached(
        "SELECT o.id, o.uuid, o.kind, o.entity_id, o.created_at, o.priority, p.payload, o.attempts, "
        "CASE WHEN json_valid(p.payload) THEN json_extract(p.payload, '$.schema') END "
        "FROM outbox o JOIN outbox_payloads p ON p.outbox_id = o.id "
        "WHERE o.state = 'queued' AND o.priority >= ? "
        "AND ((o.priority >= 1 AND o.id > ?) OR (o.priority < 1 AND o.id > ?)) "
        "ORDER BY o.priority DESC, o.id LIMIT ?");
    s.bind_all(fast_lane_only ? 1 : 0, after.fast_lane_after, after.normal_after, limit);
    while (s.step()) {
        const std::int64_t schema = s.is_null(8) ? 1 : s.int64(8);
        out.push_back(OutboxItem{.id = s.int64(0),
                                 .uuid = s.text(1),
                                 .kind = s.text(2),
                                 .entity_id = s.int64(3),
                                 .created_at = core::from_unix(s.int64(4)),
                                 .fast_lane = s.int64(5) > 0,
                                 .payload = s.text(6),
                                 .attempts = s.integer(7),
                                 .schema = schema >= 1 && schema <= 1000 ? static_cast<int>(schema) : 1});
    }
    return out;
}

void OutboxRepository::mark_delivered(WriteTransaction& tx, const std::vector<std::string>& uuids, Delivery how,
                                      UpstreamReceipt receipt) {
    if (uuids.empty()) return;
    const nlohmann::json list = uuids;
    // Straight to the social work team's server, its answer is the receipt; through a venue hub
    // the receipt comes later, in the feed (a receipt that overtook this answer is kept).
    tx.db().cached("UPDATE outbox SET state = 'sent', sent_at = ?1, attempts = attempts + 1, "
                   "confirmed_at = CASE WHEN ?3 THEN coalesce(confirmed_at, ?1) ELSE confirmed_at END "
                   "WHERE uuid IN (SELECT value FROM json_each(?2))")
        .bind_all(core::to_unix(tx.at()), list.dump(), receipt == UpstreamReceipt::WithThisAnswer)
        .run();
    std::string detail = std::to_string(uuids.size()) + (uuids.size() == 1 ? " record:" : " records:");
    for (const auto& uuid : uuids) detail += " " + uuid;
    tx.audit(how == Delivery::Stored ? "outbox.sent" : "outbox.already_stored", "outbox", 0, detail);
}

void OutboxRepository::mark_sent(WriteTransaction& tx, const std::string& uuid) {
    mark_delivered(tx, {uuid}, Delivery::Stored, UpstreamReceipt::WithThisAnswer);
}

std::int64_t OutboxRepository::awaiting_receipt() {
    auto s = db_.cached("SELECT count(*) FROM outbox WHERE state = 'sent' AND confirmed_at IS NULL");
    s.step();
    return s.int64(0);
}

void OutboxRepository::mark_rejected(WriteTransaction& tx, const std::string& uuid, const std::string& reason) {
    tx.db().cached("UPDATE outbox SET state = 'rejected', last_error = ?, attempts = attempts + 1 WHERE uuid = ?")
        .bind_all(reason, uuid)
        .run();
    tx.audit("outbox.rejected", "outbox", 0, uuid);
}

std::int64_t OutboxRepository::requeue_rejected(WriteTransaction& tx, const std::vector<std::string>& uuids) {
    std::vector<std::string> chosen;
    {
        auto s = tx.db().cached("SELECT uuid FROM outbox WHERE state = 'rejected' AND "
                                "(? = 0 OR uuid IN (SELECT value FROM json_each(?))) ORDER BY id");
        s.bind_all(uuids.empty() ? 0 : 1, nlohmann::json(uuids).dump());
        while (s.step()) chosen.push_back(s.text(0));
    }
    if (chosen.empty()) return 0;
    tx.db().cached("UPDATE outbox SET state = 'queued', last_error = '' WHERE uuid IN (SELECT value FROM json_each(?))")
        .bind_all(nlohmann::json(chosen).dump())
        .run();
    std::string detail = std::to_string(chosen.size()) + (chosen.size() == 1 ? " record:" : " records:");
    for (const auto& uuid : chosen) detail += " " + uuid;
    tx.audit("outbox.requeued", "outbox", 0, detail);
    return static_cast<std::int64_t>(chosen.size());
}

std::vector<RejectedRecord> OutboxRepository::rejected() {
    std::vector<RejectedRecord> out;
    auto s = db_.cached("SELECT uuid, kind, last_error FROM outbox WHERE state = 'rejected' ORDER BY id");
    while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2)});
    return out;
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
