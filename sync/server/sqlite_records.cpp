// SqliteStorage: the records devices push, and the audit heads that come with them
// (docs/sync-api.md, "Push" and "Audit head"); the rules themselves are batch_rules.cpp's.
#include "sync/server/server_sql.hpp"
#include "sync/server/sqlite_storage.hpp"

namespace kiosk::sync::server {
using sql::Stmt;

namespace {

// One batch's transaction on the one connection (BEGIN IMMEDIATE: batches are judged one at a
// time, whichever device sent them).
class SqliteBatchWriter final : public BatchWriter {
public:
    SqliteBatchWriter(sqlite3* db, const DeviceIdentity& device)
        : db_(db), device_(device), now_(sql::unix_now()),
          insert_(db, "INSERT INTO records (uuid, kind, schema, created_at, device_id, payload, received_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING"),
          existing_(db, "SELECT kind, payload, device_id FROM records WHERE uuid = ?") {}

    std::vector<AuditHead> recent_heads() override {
        std::vector<AuditHead> recent;
        Stmt s(db_, "SELECT seq, hash FROM audit_heads WHERE enrolment_id = ? ORDER BY seq DESC LIMIT 2");
        s.integer(1, device_.enrolment_id);
        while (s.step()) recent.push_back({s.column_int(0), s.column_text(1)});
        return recent;
    }

    std::vector<bool> insert_new(const std::vector<const PushRecord*>& records) override {
        std::vector<bool> inserted;
        inserted.reserve(records.size());
        for (const PushRecord* r : records) {
            insert_.reset();
            insert_.text(1, r->uuid).text(2, r->kind).integer(3, r->schema).text(4, core::to_iso8601(r->created_at));
            insert_.text(5, r->device_id).text(6, r->payload_json).integer(7, now_);
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
