// HubStore: the upstream queue. Every message the hub applied waits here, in the order it was
// applied, until the upstream answers for it; its answer becomes a receipt in the feed of the
// device the message came from (docs/sync-api.md, "The venue").
#include <map>

#include "sync/server/hub/entity_writer.hpp"
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;
using sql::Stmt;

std::vector<ForwardItem> HubStore::next_forwards(std::size_t max_records, std::size_t max_bytes) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT f.position, r.uuid, r.kind, r.schema, r.created_at, r.device_id, r.payload "
                "FROM hub_forward f JOIN records r ON r.uuid = f.uuid WHERE f.answered_at IS NULL "
                "ORDER BY f.position LIMIT ?");
    s.integer(1, static_cast<std::int64_t>(max_records));
    std::vector<ForwardItem> out;
    std::size_t bytes = 0;
    while (s.step()) {
        ForwardItem item{.position = s.column_int(0),
                         .message = {.position = s.column_int(0), .uuid = s.column_text(1), .kind = s.column_text(2),
                                     .schema = static_cast<int>(s.column_int(3)), .created_at = s.column_text(4),
                                     .device_id = s.column_text(5), .payload = s.column_text(6)}};
        // A sealed box and base64 make a payload about 4/3 its size, plus the envelope.
        const std::size_t cost = item.message.payload.size() * 4 / 3 + 512;
        if (!out.empty() && bytes + cost > max_bytes) break;
        bytes += cost;
        out.push_back(std::move(item));
    }
    return out;
}

std::optional<ChainHead> HubStore::forward_head() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT position, chain_hash FROM hub_forward ORDER BY position DESC LIMIT 1");
    if (!s.step()) return std::nullopt;
    return ChainHead{s.column_int(0), s.column_text(1)};
}

std::optional<std::string> HubStore::forward_hash_at(std::int64_t position) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT chain_hash FROM hub_forward WHERE position = ?");
    s.integer(1, position);
    if (!s.step()) return std::nullopt;
    return s.column_text(0);
}

std::size_t HubStore::settle_forwards(const std::vector<RecordResult>& results) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        const std::int64_t now = sql::unix_now();
        std::map<std::string, std::vector<std::string>> confirmed;  // origin device -> uuids
        Stmt settle(db_, "UPDATE hub_forward SET answered_at = ?, status = ?, reason = ? "
                         "WHERE uuid = ? AND answered_at IS NULL RETURNING origin_device");
        for (const RecordResult& r : results) {
            settle.reset();
            settle.integer(1, now).text(2, std::string(to_string(r.status))).text(4, r.uuid);
            r.reason.empty() ? settle.null(3) : settle.text(3, r.reason);
            // Only a row still waiting: an answer seen twice makes no second receipt.
            if (!settle.step()) continue;
            const std::string origin = settle.column_text(0);
            while (settle.step()) {
            }
            if (r.status != RecordStatus::Rejected) confirmed[origin].push_back(r.uuid);
        }
        EntityWriter writer(db_, now);
        for (auto& [device, uuids] : confirmed) {
            const std::string key = new_uuid();
            writer.write(EntityWrite{.kind = "receipt", .key = key,
                                     .data = json{{"uuid", key}, {"records", uuids}},
                                     .audience = device, .audit_action = {}},
                         std::nullopt);
        }
        writer.finish();
        return writer.changes();
    });
}

ForwardCounts HubStore::forward_counts() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FILTER (WHERE answered_at IS NULL), "
                "count(*) FILTER (WHERE status IN ('stored', 'already_stored')), "
                "count(*) FILTER (WHERE status = 'rejected') FROM hub_forward");
    s.step();
    return {s.column_int(0), s.column_int(1), s.column_int(2)};
}

bool HubStore::urgent_forward_waiting() {
    const std::lock_guard lock(mutex_);
    // The kinds a device sends in its fast lane (kiosk/store: concerns and lobby alerts).
    Stmt s(db_, "SELECT EXISTS (SELECT 1 FROM hub_forward f JOIN records r ON r.uuid = f.uuid "
                "WHERE f.answered_at IS NULL AND r.kind IN ('concern', 'alert'))");
    s.step();
    return s.column_int(0) != 0;
}

}  // namespace kiosk::sync::server::hub
