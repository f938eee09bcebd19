#include "sync/server/batch_rules.hpp"

#include <exception>
#include <future>

#include "sync/protocol/batch_seal.hpp"
#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/canonical_payload.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/record_signature.hpp"
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

// Batches at least this large are prepared on two threads.
constexpr std::size_t kParallelFrom = 64;

// Format 2's batch-wide checks: the manifest signed by the device's key, naming this device,
// this batch key, this audit head and anchor, and exactly as many records as the batch holds.
BatchManifest checked_manifest(const ReceivedBatch& batch, const DeviceIdentity& device) {
    const BatchSealWire& seal = *batch.seal;
    // A device added without a key (add-device) has its records taken as they come, as in format
    // 1: its manifest is read and its records matched against it, but nothing can check whose
    // signature it bears, so no proof is kept (prepare_format2).
    if (device.public_key && !manifest_signature_valid(seal.manifest, seal.signature, *device.public_key)) {
        throw ProtocolError("the batch's manifest is not signed with this device's enrolled key: it was changed "
                            "after signing or signed by another key; nothing was stored");
    }
    auto manifest = decode_manifest(seal.manifest);
    if (!manifest) throw ProtocolError("the batch's manifest is not a manifest of api_version 2");
    if (manifest->device_id != batch.device_id || manifest->device_id != device.device_id) {
        throw ProtocolError("the batch's manifest names another device; nothing was stored");
    }
    if (manifest->batch_key != seal.batch_key) throw ProtocolError("the batch's manifest names another batch key");
    if (manifest->audit_head != batch.audit_head || manifest->audit_anchor != batch.audit_anchor) {
        throw ProtocolError("the batch's audit head or anchor is not the one its manifest signs");
    }
    if (manifest->record_hashes.size() != batch.records.size()) {
        throw ProtocolError("the batch's manifest lists " + std::to_string(manifest->record_hashes.size()) +
                            " records and the batch holds " + std::to_string(batch.records.size()) +
                            "; nothing was stored");
    }
    return std::move(*manifest);
}

std::string mismatch(std::size_t position, const std::string& uuid) {
    return "record " + std::to_string(position + 1) + " of the batch (" + uuid +
           ") does not match the hash its device signed in the manifest: it was changed, moved or put in after "
           "signing; nothing was stored";
}

// Format 2, one record: opened with the batch's key when sealed, checked against its hash in
// the manifest, then its payload read once and checked against its kind's schema.
void prepare_sealed_batch_record(PreparedRecord& p, std::size_t position, const BatchManifest& manifest,
                                 const BatchOpener& opener, CanonicalPayloadReader& reader) {
    PushRecord& r = *p.record;
    if (!r.sealed) {
        if (manifest.record_hashes[position] != record_hash_hex(r, r.payload_json, {})) {
            throw ProtocolError(mismatch(position, r.uuid));
        }
        if (is_sealed_kind(r.kind)) p.signature_problem = "a " + r.kind + " must arrive sealed to the server's key";
        return;
    }
    auto opened = opener.open(r.uuid, *r.sealed);
    if (!opened) {
        throw ProtocolError("record " + std::to_string(position + 1) + " of the batch (" + r.uuid +
                            ") does not open with the server's key and the batch key: it was sealed to another "
                            "key or changed on the way; nothing was stored");
    }
    if (manifest.record_hashes[position] != record_hash_hex(r, opened->payload, opened->salt)) {
        throw ProtocolError(mismatch(position, r.uuid));
    }
    try {
        // Read once (simdjson), checked against its kind's schema on nlohmann's DOM of it.
        const auto read = reader.read(opened->payload, "sealed payload");
        if (std::string problem = check_payload(r.kind, r.schema, read.payload); !problem.empty()) {
            p.open_problem = std::move(problem);
            return;
        }
        // Stored as the device hashed it, so the proof holds; only canonical text is taken, so
        // every later reader sees what this check saw (no duplicate keys, no odd escapes).
        if (!read.canonical) {
            p.open_problem = "the sealed payload is not compact JSON with sorted keys";
            return;
        }
    } catch (const ProtocolError& error) {
        p.open_problem = error.what();
        return;
    }
    r.payload_json = std::move(opened->payload);
    p.salt = std::move(opened->salt);
}

PreparedBatch prepare_format2(ReceivedBatch batch, const DeviceIdentity& device, const SealingKeyPair& keys) {
    const BatchManifest manifest = checked_manifest(batch, device);
    const auto opener = BatchOpener::make(batch.seal->batch_key, keys.public_key, keys.secret_key);
    if (!opener) throw ProtocolError("the batch key is not base64 of an X25519 public key");
    PreparedBatch prepared;
    prepared.audit_head = std::move(batch.audit_head);
    prepared.audit_anchor = std::move(batch.audit_anchor);
    prepared.seal = std::move(batch.seal);
    prepared.records.resize(batch.records.size());
    const auto prepare_range = [&](std::size_t from, std::size_t to) {
        CanonicalPayloadReader reader;  // this thread's, for its records
        for (std::size_t i = from; i < to; ++i) {
            ReceivedRecord& received = batch.records[i];
            PreparedRecord& p = prepared.records[i];
            p.uuid = std::move(received.uuid);
            p.problem = std::move(received.problem);
            if (!received.record) continue;  // unreadable: rejected, and so never stored
            if (received.record->device_id != device.device_id) {
                p.problem = "the record names a device other than the one whose token sent it";
                continue;
            }
            p.record = std::move(received.record);
            prepare_sealed_batch_record(p, i, manifest, *opener, reader);
        }
    };
    // Opening, hashing and reading each record is independent of the others: a large batch is
    // split over two threads (the device waits for the answer meanwhile, so a core is free).
    // The first refusal by position is the one answered, whichever thread found it.
    const std::size_t count = batch.records.size();
    if (count < kParallelFrom) {
        prepare_range(0, count);
        if (!device.public_key) prepared.seal.reset();
        return prepared;
    }
    const std::size_t half = count / 2;
    auto first = std::async(std::launch::async, [&] { prepare_range(0, half); });
    std::exception_ptr second_failure;
    try {
        prepare_range(half, count);
    } catch (...) {
        second_failure = std::current_exception();
    }
    first.get();  // rethrows the first half's refusal, which comes first
    if (second_failure) std::rethrow_exception(second_failure);
    if (!device.public_key) prepared.seal.reset();
    return prepared;
}

}  // namespace

PreparedBatch prepare_batch(ReceivedBatch batch, const DeviceIdentity& device, const SealingKeyPair& keys) {
    if (batch.seal) return prepare_format2(std::move(batch), device, keys);
    if (batch.api_version >= 2 && device.public_key) {
        throw ProtocolError("a batch of api_version 2 from an enrolled device must carry its signed manifest");
    }
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
    bool replayed = false;
    if (batch.seal) {
        if (const auto known = writer.manifest_of(batch.seal->batch_key)) {
            if (*known != batch.seal->manifest) {
                throw ProtocolError("this batch key came with another manifest before: the batch is replayed or "
                                    "forged; nothing was stored");
            }
            // The same batch again (its answer was lost, or someone replays it): what it stored
            // then is already_stored; nothing of it is stored a second time.
            replayed = true;
        }
    }
    std::vector<RecordResult> results;
    results.reserve(batch.records.size());
    std::vector<std::size_t> to_insert;   // indexes into batch.records
    std::vector<std::size_t> to_compare;  // only compared: the history did not hold
    for (std::size_t i = 0; i < batch.records.size(); ++i) {
        const PreparedRecord& p = batch.records[i];
        RecordResult& result =
            results.emplace_back(RecordResult{.uuid = p.uuid, .status = RecordStatus::Rejected, .reason = p.problem});
        if (!p.record) continue;
        if (replayed) {
            if (!p.open_problem.empty() || !p.signature_problem.empty()) {
                result.reason = !p.open_problem.empty() ? p.open_problem : p.signature_problem;
            } else {
                to_compare.push_back(i);
            }
            continue;
        }
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
    std::vector<BatchWriter::Proof> proofs;
    candidates.reserve(to_insert.size());
    if (batch.seal && !to_insert.empty()) {
        // Kept before the records, which name it; a batch that stores nothing keeps none.
        const std::int64_t manifest_id = writer.keep_manifest(*batch.seal);
        proofs.reserve(to_insert.size());
        for (const std::size_t i : to_insert) proofs.push_back({manifest_id, i, &batch.records[i].salt});
    }
    for (const std::size_t i : to_insert) candidates.push_back(&*batch.records[i].record);
    const std::vector<bool> inserted = candidates.empty() ? std::vector<bool>{} : writer.insert_new(candidates, proofs);
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
        } else if (replayed) {
            results[i].reason = "this batch was received before and this record is not stored from it: a replayed "
                                "batch stores nothing";
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
