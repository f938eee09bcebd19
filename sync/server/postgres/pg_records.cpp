// PostgresStorage: the records devices push, and their audit heads (docs/sync-api.md, "Push"
// and "Audit head"); the rules are batch_rules.cpp's. A batch is one transaction of a few
// statements whatever its size: the records go in as one JSON parameter (json_to_recordset), so
// no value is ever spliced into SQL and 500 records cost one round trip, not 500.
#include <nlohmann/json.hpp>

#include "kiosk/core/time.hpp"
#include "sync/server/postgres/pg_storage.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/wire_time.hpp"
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

    std::vector<bool> insert_new(const std::vector<const PushRecord*>& records, const std::vector<Proof>& proofs) override {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t k = 0; k < records.size(); ++k) {
            const PushRecord* r = records[k];
            nlohmann::json row{{"uuid", r->uuid}, {"kind", r->kind}, {"schema", r->schema},
                               {"created_at", core::to_iso8601(r->created_at)}, {"device_id", r->device_id},
                               {"payload", r->payload_json}};
            if (k < proofs.size()) {
                row["manifest_id"] = proofs[k].manifest_id;
                row["position"] = proofs[k].position;
                if (!proofs[k].salt->empty()) {
                    row["salt"] = encode_base64(reinterpret_cast<const std::uint8_t*>(proofs[k].salt->data()),
                                                proofs[k].salt->size());
                }
            }
            rows.push_back(std::move(row));
        }
        // In uuid order, so two batches holding the same uuids lock them in the same order and
        // cannot deadlock. A uuid another transaction is inserting waits for its commit, then
        // counts as there.
        const auto inserted = c_.exec(
            "INSERT INTO records (uuid, kind, schema, created_at, device_id, payload, received_at, manifest_id, position, "
            "salt) SELECT r.uuid, r.kind, r.schema, r.created_at, r.device_id, r.payload, $2, r.manifest_id, r.position, "
            "decode(r.salt, 'base64') FROM json_to_recordset($1::json) AS r(uuid text, kind text, schema integer, "
            "created_at text, device_id text, payload text, manifest_id bigint, position integer, salt text) "
            "ORDER BY r.uuid ON CONFLICT (uuid) DO NOTHING RETURNING uuid",
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

    std::optional<std::string> manifest_of(const std::string& batch_key) override {
        const auto found = c_.exec("SELECT manifest FROM batch_manifests WHERE batch_key = $1", {batch_key});
        if (found.rows() == 0) return std::nullopt;
        return found.text(0, 0);
    }

    std::int64_t keep_manifest(const BatchSealWire& seal) override {
        // Two receivers taking the same batch at once: the batch key's unique index makes the
        // second wait for the first and then fail, and its device retries into already_stored.
        return c_.exec("INSERT INTO batch_manifests (enrolment_id, batch_key, manifest, signature, received_at) "
                       "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                       {number(device_.enrolment_id), seal.batch_key, seal.manifest, seal.signature, number(now_)})
            .integer(0, 0);
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

std::optional<RecordProof> PostgresStorage::record_proof(const std::string& uuid) {
    auto c = pool_->acquire();
    const auto found = c->exec(
        "SELECT r.kind, r.schema, r.created_at, r.device_id, r.payload, encode(r.salt, 'base64'), r.position, "
        "m.manifest, m.signature, encode(e.public_key, 'base64') FROM records r "
        "JOIN batch_manifests m ON m.id = r.manifest_id JOIN enrolments e ON e.id = m.enrolment_id WHERE r.uuid = $1",
        {uuid});
    if (found.rows() == 0) return std::nullopt;
    const auto created_at = parse_wire_time(found.text(0, 2));
    if (!created_at) throw ServerStoreError("a stored record's created_at is not a wire time");
    RecordProof proof;
    proof.record = PushRecord{.uuid = uuid, .kind = found.text(0, 0), .schema = static_cast<int>(found.integer(0, 1)),
                              .created_at = *created_at, .device_id = found.text(0, 3), .payload_json = found.text(0, 4),
                              .signature = std::nullopt, .sealed = std::nullopt};
    if (!found.is_null(0, 5)) {
        const auto salt = decode_base64(found.text(0, 5));
        if (!salt) throw ServerStoreError("a stored record proof's salt is damaged");
        proof.salt.assign(salt->begin(), salt->end());
    }
    proof.position = static_cast<std::size_t>(found.integer(0, 6));
    proof.manifest = found.text(0, 7);
    proof.signature = found.text(0, 8);
    std::string key_text = found.text(0, 9);
    std::erase(key_text, '\n');
    const auto key = decode_base64(key_text);
    if (!key) throw ServerStoreError("an enrolment's public key is damaged");
    proof.device_key = *key;
    return proof;
}

std::vector<std::string> PostgresStorage::records_with_proof() {
    auto c = pool_->acquire();
    const auto found = c->exec("SELECT uuid FROM records WHERE manifest_id IS NOT NULL ORDER BY uuid");
    std::vector<std::string> out;
    for (int row = 0; row < found.rows(); ++row) out.push_back(found.text(row, 0));
    return out;
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
