// ServerStore: the records devices push, and the audit heads that come with them
// (docs/sync-api.md, "Push" and "Audit head").
#include "sync/protocol/audit_head.hpp"
#include "sync/server/audit_rewrite.hpp"
#include "sync/server/server_sql.hpp"
#include "sync/server/server_store.hpp"

namespace kiosk::sync::server {
using sql::Stmt;

namespace {

struct HeadVerdict {
    std::string problem;  // empty: the batch's history extends what this enrolment showed before
    std::optional<AuditHead> head;
};

// Judges a batch's audit head against this enrolment's history (audit_rewrite.hpp) without
// writing anything: whether it is kept, or kept as evidence, depends on what the batch held.
HeadVerdict judge_audit_head(sqlite3* db, std::int64_t enrolment_id, const ReceivedBatch& batch) {
    std::vector<AuditHead> recent;  // newest first
    {
        Stmt s(db, "SELECT seq, hash FROM audit_heads WHERE enrolment_id = ? ORDER BY seq DESC LIMIT 2");
        s.integer(1, enrolment_id);
        while (s.step()) recent.push_back({s.column_int(0), s.column_text(1)});
    }
    if (!batch.audit_head) {
        return {recent.empty() ? "" : "the batch has no audit_head, but this device has shown one before", {}};
    }
    const auto head = parse_audit_head(*batch.audit_head);
    if (!head) return {"the batch's audit_head is not <seq>:<64 hex digits>", {}};
    return {rewrite_evidence(recent, *head, batch.audit_anchor), head};
}

}  // namespace

std::vector<RecordResult> ServerStore::store_batch(ReceivedBatch batch, const DeviceIdentity& device) {
    const std::lock_guard lock(mutex_);
    const std::int64_t now = sql::unix_now();
    return sql::in_transaction(db_, [&] {
        const HeadVerdict verdict = judge_audit_head(db_, device.enrolment_id, batch);
        Stmt insert(db_, "INSERT INTO records (uuid, kind, schema, created_at, device_id, payload, received_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING");
        Stmt existing(db_, "SELECT kind, payload, device_id FROM records WHERE uuid = ?");
        const auto stored_as = [&](const PushRecord& r) {
            existing.reset();
            existing.text(1, r.uuid);
            if (!existing.step()) return std::optional<bool>{};
            return std::optional<bool>{existing.column_text(0) == r.kind && existing.column_text(1) == r.payload_json &&
                                       existing.column_text(2) == r.device_id};
        };
        bool refused_for_history = false;
        std::vector<RecordResult> results;
        results.reserve(batch.records.size());
        for (auto& received : batch.records) {
            RecordResult& result = results.emplace_back(
                RecordResult{.uuid = received.uuid, .status = RecordStatus::Rejected, .reason = received.problem});
            if (!received.record) continue;
            PushRecord& r = *received.record;
            if (r.device_id != device.device_id) {
                result.reason = "the record names a device other than the one whose token sent it";
                continue;
            }
            if (!verdict.problem.empty()) {
                // A record the server already holds, unchanged, is answered already_stored
                // before the history is judged: a batch sent again after its answer was lost,
                // or a device enrolled again, never has its delivered records rejected.
                if (std::string problem = open_sealed(r, sealing_keys_); !problem.empty()) {
                    result.reason = std::move(problem);
                } else if (stored_as(r).value_or(false)) {
                    result.status = RecordStatus::AlreadyStored;
                    result.reason.clear();
                } else {
                    result.reason = verdict.problem;
                    refused_for_history = true;
                }
                continue;
            }
            if (std::string problem = verify_and_open(r, device.public_key, sealing_keys_); !problem.empty()) {
                result.reason = std::move(problem);
                continue;
            }
            insert.reset();
            insert.text(1, r.uuid).text(2, r.kind).integer(3, r.schema).text(4, core::to_iso8601(r.created_at));
            insert.text(5, r.device_id).text(6, r.payload_json).integer(7, now);
            insert.step();
            if (sqlite3_changes(db_) == 1) {
                result.status = RecordStatus::Stored;
            } else if (stored_as(r).value_or(false)) {
                result.status = RecordStatus::AlreadyStored;
            } else {
                result.reason = "a different record already has this uuid";
                continue;
            }
            result.reason.clear();
        }
        if (refused_for_history) {
            // Kept as evidence (docs/SECURITY.md, section 4), only when it cost a record.
            Stmt flag(db_, "INSERT INTO history_rewrites (enrolment_id, device_id, claimed, seen_at) VALUES (?, ?, ?, ?)");
            flag.integer(1, device.enrolment_id).text(2, device.device_id).text(3, batch.audit_head.value_or(""));
            flag.integer(4, now).step();
        } else if (verdict.problem.empty() && verdict.head) {
            Stmt keep(db_, "INSERT INTO audit_heads (enrolment_id, seq, hash, seen_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(enrolment_id, seq) DO NOTHING");
            keep.integer(1, device.enrolment_id).integer(2, verdict.head->seq).text(3, verdict.head->hash_hex);
            keep.integer(4, now).step();
        }
        return results;
    });
}

std::int64_t ServerStore::audit_seen(const DeviceIdentity& device) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT coalesce(max(seq), 0) FROM audit_heads WHERE enrolment_id = ?");
    s.integer(1, device.enrolment_id);
    s.step();
    return s.column_int(0);
}

std::int64_t ServerStore::history_rewrites(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FROM history_rewrites WHERE device_id = ?");
    s.text(1, device_id);
    s.step();
    return s.column_int(0);
}

std::optional<std::string> ServerStore::stored_payload(const std::string& uuid) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT payload FROM records WHERE uuid = ?");
    s.text(1, uuid);
    if (!s.step()) return std::nullopt;
    return s.column_text(0);
}

std::map<std::string, std::int64_t> ServerStore::count_by_kind() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT kind, count(DISTINCT uuid) FROM records GROUP BY kind ORDER BY kind");
    std::map<std::string, std::int64_t> out;
    while (s.step()) out[s.column_text(0)] = s.column_int(1);
    return out;
}

std::int64_t ServerStore::copies_of(const std::string& uuid) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FROM records WHERE uuid = ?");
    s.text(1, uuid);
    s.step();
    return s.column_int(0);
}

}  // namespace kiosk::sync::server
