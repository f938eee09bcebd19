// SqliteStorage: the records devices push, and the audit heads that come with them
// (docs/sync-api.md, "Push" and "Audit head"); the rules themselves are batch_rules.cpp's.
#include "sync/server/server_sql.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "sync/protocol/wire_time.hpp"

namespace kiosk::sync::server {
using sql::Stmt;

namespace {

// One batch's transaction on the one connection (BEGIN IMMEDIATE: batches are judged one at a
// time, whichever device sent them).
class SqliteBatchWriter final : public BatchWriter {
public:
    SqliteBatchWriter(sqlite3* db, const DeviceIdentity& device)
        : db_(db), device_(device), now_(sql::unix_now()),
          insert_(db, "INSERT INTO records (uuid, kind, schema, created_at, device_id, payload, received_at, "
                      "manifest_id, position, salt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING"),
          existing_(db, "SELECT kind, payload, device_id FROM records WHERE uuid = ?") {}

    std::vector<AuditHead> recent_heads() override {
        std::vector<AuditHead> recent;
        Stmt s(db_, "SELECT seq, hash FROM audit_heads WHERE enrolment_id = ? ORDER BY seq DESC LIMIT 2");
        s.integer(1, device_.enrolment_id);
        while (s.step()) recent.push_back({s.column_int(0), s.column_text(1)});
        return recent;
    }

    std::vector<bool> insert_new(const std::vector<const PushRecord*>& records, const std::vector<Proof>& proofs) override {
        std::vector<bool> inserted;
        inserted.reserve(records.size());
        for (std::size_t k = 0; k < records.size(); ++k) {
            const PushRecord* r = records[k];
            insert_.reset();
            insert_.text(1, r->uuid).text(2, r->kind).integer(3, r->schema).text(4, core::to_iso8601(r->created_at));
            insert_.text(5, r->device_id).text(6, r->payload_json).integer(7, now_);
            if (k < proofs.size()) {
                insert_.integer(8, proofs[k].manifest_id).integer(9, static_cast<std::int64_t>(proofs[k].position));
                if (proofs[k].salt->empty()) {
                    insert_.null(10);
                } else {
                    insert_.blob(10, reinterpret_cast<const std::uint8_t*>(proofs[k].salt->data()), proofs[k].salt->size());
                }
            } else {
                insert_.null(8).null(9).null(10);
            }
            insert_.step();
            inserted.push_back(sqlite3_changes(db_) == 1);
        }
        return inserted;
    }

    std::map<std::string, StoredRecord> stored(const std::vector<std::string>& uuids) override {
        std::map<std::string, StoredRecord> found;
        for (const auto& uuid : uuids) {
            existing_.reset();
            existing_.text(1, uuid);
            if (existing_.step()) {
                found[uuid] = {existing_.column_text(0), existing_.column_text(1), existing_.column_text(2)};
            }
        }
        return found;
    }

    void keep_head(const AuditHead& head) override {
        Stmt keep(db_, "INSERT INTO audit_heads (enrolment_id, seq, hash, seen_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(enrolment_id, seq) DO NOTHING");
        keep.integer(1, device_.enrolment_id).integer(2, head.seq).text(3, head.hash_hex).integer(4, now_).step();
    }

    void record_rewrite(const std::string& claimed_head) override {
        Stmt flag(db_, "INSERT INTO history_rewrites (enrolment_id, device_id, claimed, seen_at) VALUES (?, ?, ?, ?)");
        flag.integer(1, device_.enrolment_id).text(2, device_.device_id).text(3, claimed_head).integer(4, now_).step();
    }

    std::optional<std::string> manifest_of(const std::string& batch_key) override {
        Stmt s(db_, "SELECT manifest FROM batch_manifests WHERE batch_key = ?");
        s.text(1, batch_key);
        if (!s.step()) return std::nullopt;
        return s.column_text(0);
    }

    std::int64_t keep_manifest(const BatchSealWire& seal) override {
        Stmt manifest(db_, "INSERT INTO batch_manifests (enrolment_id, batch_key, manifest, signature, received_at) "
                           "VALUES (?, ?, ?, ?, ?)");
        manifest.integer(1, device_.enrolment_id).text(2, seal.batch_key).text(3, seal.manifest).text(4, seal.signature);
        manifest.integer(5, now_).step();
        return sqlite3_last_insert_rowid(db_);
    }

private:
    sqlite3* db_;
    const DeviceIdentity& device_;
    std::int64_t now_;
    Stmt insert_;
    Stmt existing_;
};

}  // namespace

std::vector<RecordResult> SqliteStorage::store_prepared(const PreparedBatch& batch, const DeviceIdentity& device) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        SqliteBatchWriter writer(db_, device);
        return settle_batch(batch, writer);
    });
}

std::int64_t SqliteStorage::audit_seen(const DeviceIdentity& device) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT coalesce(max(seq), 0) FROM audit_heads WHERE enrolment_id = ?");
    s.integer(1, device.enrolment_id);
    s.step();
    return s.column_int(0);
}

std::int64_t SqliteStorage::history_rewrites(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FROM history_rewrites WHERE device_id = ?");
    s.text(1, device_id);
    s.step();
    return s.column_int(0);
}

std::optional<std::string> SqliteStorage::stored_payload(const std::string& uuid) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT payload FROM records WHERE uuid = ?");
    s.text(1, uuid);
    if (!s.step()) return std::nullopt;
    return s.column_text(0);
}

std::optional<RecordProof> SqliteStorage::record_proof(const std::string& uuid) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT r.kind, r.schema, r.created_at, r.device_id, r.payload, r.salt, r.position, m.manifest, "
                "m.signature, e.public_key FROM records r JOIN batch_manifests m ON m.id = r.manifest_id "
                "JOIN enrolments e ON e.id = m.enrolment_id WHERE r.uuid = ?");
    s.text(1, uuid);
    if (!s.step()) return std::nullopt;
    const auto created_at = parse_wire_time(s.column_text(2));
    if (!created_at) throw ServerStoreError("a stored record's created_at is not a wire time");
    RecordProof proof;
    proof.record = PushRecord{.uuid = uuid, .kind = s.column_text(0), .schema = static_cast<int>(s.column_int(1)),
                              .created_at = *created_at, .device_id = s.column_text(3), .payload_json = s.column_text(4),
                              .signature = std::nullopt, .sealed = std::nullopt};
    const auto salt = s.column_blob(5);
    proof.salt.assign(salt.begin(), salt.end());
    proof.position = static_cast<std::size_t>(s.column_int(6));
    proof.manifest = s.column_text(7);
    proof.signature = s.column_text(8);
    proof.device_key = s.column_blob(9);
    return proof;
}

std::vector<std::string> SqliteStorage::records_with_proof() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT uuid FROM records WHERE manifest_id IS NOT NULL ORDER BY uuid");
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.column_text(0));
    return out;
}

std::map<std::string, std::int64_t> SqliteStorage::count_by_kind() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT kind, count(DISTINCT uuid) FROM records GROUP BY kind ORDER BY kind");
    std::map<std::string, std::int64_t> out;
    while (s.step()) out[s.column_text(0)] = s.column_int(1);
    return out;
}

std::int64_t SqliteStorage::copies_of(const std::string& uuid) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FROM records WHERE uuid = ?");
    s.text(1, uuid);
    s.step();
    return s.column_int(0);
}

}  // namespace kiosk::sync::server
