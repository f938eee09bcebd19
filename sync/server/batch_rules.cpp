#include "sync/server/batch_rules.hpp"

#include "sync/server/audit_rewrite.hpp"

namespace kiosk::sync::server {
namespace {

struct HeadVerdict {
    std::string problem;  // empty: the batch's history extends what this enrolment showed before
    std::optional<AuditHead> head;
};

// Judges a batch's audit head against this enrolment's history (audit_rewrite.hpp) without
// writing anything: whether it is kept, or kept as evidence, depends on what the batch held.
HeadVerdict judge_audit_head(const std::vector<AuditHead>& recent, const PreparedBatch& batch) {
    if (!batch.audit_head) {
        return {recent.empty() ? "" : "the batch has no audit_head, but this device has shown one before", {}};
    }
    const auto head = parse_audit_head(*batch.audit_head);
    if (!head) return {"the batch's audit_head is not <seq>:<64 hex digits>", {}};
    return {rewrite_evidence(recent, *head, batch.audit_anchor), head};
}

bool same_record(const StoredRecord& stored, const PushRecord& r) {
    return stored.kind == r.kind && stored.payload == r.payload_json && stored.device_id == r.device_id;
}

}  // namespace

PreparedBatch prepare_batch(ReceivedBatch batch, const DeviceIdentity& device, const SealingKeyPair& keys) {
    PreparedBatch prepared;
    prepared.audit_head = std::move(batch.audit_head);
    prepared.audit_anchor = std::move(batch.audit_anchor);
    prepared.records.reserve(batch.records.size());
    for (auto& received : batch.records) {
        PreparedRecord& p = prepared.records.emplace_back();
        p.uuid = std::move(received.uuid);
        p.problem = std::move(received.problem);
        if (!received.record) continue;
        if (received.record->device_id != device.device_id) {
            p.problem = "the record names a device other than the one whose token sent it";
            continue;
        }
        p.record = std::move(received.record);
        // The signature covers the record as it arrived, so it is checked before the payload
        // is opened in place.
        p.signature_problem = check_signature(*p.record, device.public_key);
        p.open_problem = open_sealed(*p.record, keys);
    }
    return prepared;
}

std::vector<RecordResult> settle_batch(const PreparedBatch& batch, BatchWriter& writer) {
    const HeadVerdict verdict = judge_audit_head(writer.recent_heads(), batch);
    std::vector<RecordResult> results;
    results.reserve(batch.records.size());
    std::vector<std::size_t> to_insert;   // indexes into batch.records
    std::vector<std::size_t> to_compare;  // only compared: the history did not hold
    for (std::size_t i = 0; i < batch.records.size(); ++i) {
        const PreparedRecord& p = batch.records[i];
        RecordResult& result =
            results.emplace_back(RecordResult{.uuid = p.uuid, .status = RecordStatus::Rejected, .reason = p.problem});
        if (!p.record) continue;
        if (!verdict.problem.empty()) {
            // A record the server already holds, unchanged, is answered already_stored before
            // the history is judged: a batch sent again after its answer was lost, or a device
            // enrolled again, never has its delivered records rejected.
            if (!p.open_problem.empty()) {
                result.reason = p.open_problem;
            } else {
                to_compare.push_back(i);
            }
            continue;
        }
        if (!p.signature_problem.empty()) {
            result.reason = p.signature_problem;
        } else if (!p.open_problem.empty()) {
            result.reason = p.open_problem;
        } else {
            to_insert.push_back(i);
        }
    }

    std::vector<const PushRecord*> candidates;
    candidates.reserve(to_insert.size());
    for (const std::size_t i : to_insert) candidates.push_back(&*batch.records[i].record);
    const std::vector<bool> inserted = candidates.empty() ? std::vector<bool>{} : writer.insert_new(candidates);
    std::vector<std::size_t> not_inserted;
    for (std::size_t k = 0; k < to_insert.size(); ++k) {
        if (inserted.at(k)) {
            results[to_insert[k]].status = RecordStatus::Stored;
            results[to_insert[k]].reason.clear();
        } else {
            not_inserted.push_back(to_insert[k]);
        }
    }

    std::vector<std::string> lookup;
    for (const std::size_t i : not_inserted) lookup.push_back(batch.records[i].uuid);
    for (const std::size_t i : to_compare) lookup.push_back(batch.records[i].uuid);
    const auto stored = lookup.empty() ? std::map<std::string, StoredRecord>{} : writer.stored(lookup);
    const auto matches = [&](std::size_t i) {
        const auto it = stored.find(batch.records[i].uuid);
        return it != stored.end() && same_record(it->second, *batch.records[i].record);
    };
    for (const std::size_t i : not_inserted) {
        if (matches(i)) {
            results[i].status = RecordStatus::AlreadyStored;
            results[i].reason.clear();
        } else {
            results[i].reason = "a different record already has this uuid";
        }
    }
    bool refused_for_history = false;
    for (const std::size_t i : to_compare) {
        if (matches(i)) {
            results[i].status = RecordStatus::AlreadyStored;
            results[i].reason.clear();
        } else {
            results[i].reason = verdict.problem;
            refused_for_history = true;
        }
    }

    if (refused_for_history) {
        // Only when it cost a record.
        writer.record_rewrite(batch.audit_head.value_or(""));
    } else if (verdict.problem.empty() && verdict.head) {
        writer.keep_head(*verdict.head);
    }
    return results;
}

}  // namespace kiosk::sync::server
