// PostgresStorage: the records devices push, and their audit heads (docs/sync-api.md, "Push"
// and "Audit head"); the rules are batch_rules.cpp's. A batch is one transaction of a few
// statements whatever its size: the records go in as one JSON parameter (json_to_recordset), so
// no value is ever spliced into SQL and 500 records cost one round trip, not 500.
#include <nlohmann/json.hpp>

#include "kiosk/core/time.hpp"
#include "sync/server/postgres/pg_storage.hpp"
#include "sync/server/token_hash.hpp"

namespace kiosk::sync::server {
namespace {

std::string number(std::int64_t n) { return std::to_string(n); }

class PgBatchWriter final : public BatchWriter {
public:
    PgBatchWriter(pg::Connection& c, const DeviceIdentity& device) : c_(c), device_(device), now_(sql::unix_now()) {}

    std::vector<AuditHead> recent_heads() override {
        // The enrolment's row lock: another batch of this device, through any receiver, waits
        // here until this one commits, and then judges its head against this one's.
        c_.exec("SELECT 1 FROM enrolments WHERE id = $1 FOR UPDATE", {number(device_.enrolment_id)});
        const auto heads = c_.exec("SELECT seq, hash FROM audit_heads WHERE enrolment_id = $1 ORDER BY seq DESC LIMIT 2",
                                   {number(device_.enrolment_id)});
        std::vector<AuditHead> recent;
        for (int row = 0; row < heads.rows(); ++row) recent.push_back({heads.integer(row, 0), heads.text(row, 1)});
        return recent;
    }

    std::vector<bool> insert_new(const std::vector<const PushRecord*>& records) override {
        nlohmann::json rows = nlohmann::json::array();
        for (const PushRecord* r : records) {
            rows.push_back({{"uuid", r->uuid}, {"kind", r->kind}, {"schema", r->schema},
                            {"created_at", core::to_iso8601(r->created_at)}, {"device_id", r->device_id},
                            {"payload", r->payload_json}});
        }
        // In uuid order, so two batches holding the same uuids lock them in the same order and
        // cannot deadlock. A uuid another transaction is inserting waits for its commit, then
        // counts as there.
        const auto inserted = c_.exec(
            "INSERT INTO records (uuid, kind, schema, created_at, device_id, payload, received_at) "
            "SELECT r.uuid, r.kind, r.schema, r.created_at, r.device_id, r.payload, $2 "
            "FROM json_to_recordset($1::json) AS r(uuid text, kind text, schema integer, created_at text, "
            "device_id text, payload text) ORDER BY r.uuid ON CONFLICT (uuid) DO NOTHING RETURNING uuid",
            {rows.dump(), number(now_)});
        std::map<std::string, int> fresh;  // uuid -> times it may still be claimed (once)
        for (int row = 0; row < inserted.rows(); ++row) fresh[inserted.text(row, 0)] = 1;
        std::vector<bool> out;
        out.reserve(records.size());
        for (const PushRecord* r : records) {
            // A uuid twice in one batch: the first was inserted, the second compares with it.
            const auto it = fresh.find(r->uuid);
            const bool first = it != fresh.end() && it->second-- > 0;
            out.push_back(first);
        }
        return out;
    }

    std::map<std::string, StoredRecord> stored(const std::vector<std::string>& uuids) override {
        const auto found = c_.exec("SELECT uuid, kind, payload, device_id FROM records "
                                   "WHERE uuid IN (SELECT json_array_elements_text($1::json))",
                                   {nlohmann::json(uuids).dump()});
        std::map<std::string, StoredRecord> out;
        for (int row = 0; row < found.rows(); ++row) {
            out[found.text(row, 0)] = {found.text(row, 1), found.text(row, 2), found.text(row, 3)};
        }
        return out;
    }

    void keep_head(const AuditHead& head) override {
        c_.exec("INSERT INTO audit_heads (enrolment_id, seq, hash, seen_at) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (enrolment_id, seq) DO NOTHING",
                {number(device_.enrolment_id), number(head.seq), head.hash_hex, number(now_)});
    }

    void record_rewrite(const std::string& claimed_head) override {
        c_.exec("INSERT INTO history_rewrites (enrolment_id, device_id, claimed, seen_at) VALUES ($1, $2, $3, $4)",
                {number(device_.enrolment_id), device_.device_id, claimed_head, number(now_)});
    }

private:
    pg::Connection& c_;
    const DeviceIdentity& device_;
    std::int64_t now_;
};

}  // namespace

std::vector<RecordResult> PostgresStorage::store_prepared(const PreparedBatch& batch, const DeviceIdentity& device) {
    auto c = pool_->acquire();
    return pg::in_transaction(*c, [&] {
        PgBatchWriter writer(*c, device);
        return settle_batch(batch, writer);
    });
}

std::int64_t PostgresStorage::audit_seen(const DeviceIdentity& device) {
    auto c = pool_->acquire();
    return c->exec("SELECT coalesce(max(seq), 0) FROM audit_heads WHERE enrolment_id = $1", {number(device.enrolment_id)})
        .integer(0, 0);
}

std::int64_t PostgresStorage::history_rewrites(const std::string& device_id) {
    auto c = pool_->acquire();
    return c->exec("SELECT count(*) FROM history_rewrites WHERE device_id = $1", {device_id}).integer(0, 0);
}

std::optional<std::string> PostgresStorage::stored_payload(const std::string& uuid) {
    auto c = pool_->acquire();
    const auto found = c->exec("SELECT payload FROM records WHERE uuid = $1", {uuid});
    if (found.rows() == 0) return std::nullopt;
    return found.text(0, 0);
}

std::map<std::string, std::int64_t> PostgresStorage::count_by_kind() {
    auto c = pool_->acquire();
    const auto counts = c->exec("SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind");
    std::map<std::string, std::int64_t> out;
    for (int row = 0; row < counts.rows(); ++row) out[counts.text(row, 0)] = counts.integer(row, 1);
    return out;
}

std::int64_t PostgresStorage::copies_of(const std::string& uuid) {
    auto c = pool_->acquire();
    return c->exec("SELECT count(*) FROM records WHERE uuid = $1", {uuid}).integer(0, 0);
}

}  // namespace kiosk::sync::server
