#pragma once
// How a pushed batch is judged and answered (docs/sync-api.md, "Push" and "Audit head"), the
// same for every storage backend. Two steps:
//   prepare_batch  outside any transaction: each record's signature checked and its sealed
//                  payload opened (the slow, CPU-bound part), so no lock waits for the crypto;
//   settle_batch   inside the backend's one transaction per batch, through a BatchWriter: the
//                  audit head judged against this enrolment's history, new records inserted
//                  (a UUID is stored once: INSERT ... ON CONFLICT DO NOTHING), the others compared
//                  with what is stored, and the head kept (or the rewrite recorded).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/device_identity.hpp"
#include "sync/server/record_verifier.hpp"

namespace kiosk::sync::server {

struct PreparedRecord {
    std::string uuid;
    // The record with its payload opened (a sealed one) when it could be read at all.
    std::optional<PushRecord> record;
    // Format 2: a sealed record's salt (raw bytes), kept with its proof.
    std::string salt;
    // Rejected whatever the history says: unreadable, or naming another device than the token's.
    std::string problem;
    // The sealed payload does not open, or fails its kind's schema.
    std::string open_problem;
    // Unsigned, signed by another key or changed after signing, or a sealed kind sent plain.
    std::string signature_problem;
};

struct PreparedBatch {
    std::vector<PreparedRecord> records;
    // Format 2: the batch's signed manifest (checked), kept with the records it stores.
    std::optional<BatchSealWire> seal;
    std::optional<std::string> audit_head;
    std::optional<std::string> audit_anchor;
};

// Format 1: each record's signature checked and its sealed payload opened. Format 2: the
// manifest's signature checked once, every sealed payload opened with the batch's key, and
// every record's hash compared with the manifest's; a batch whose manifest is not signed by the
// device's key, does not list exactly its records in order, or holds a record that does not open
// or does not match is refused whole (ProtocolError, answered 400: nothing stored).
PreparedBatch prepare_batch(ReceivedBatch batch, const DeviceIdentity& device, const SealingKeyPair& keys);

// A record as stored, for telling a retry (already_stored) from a different record under a
// known uuid.
struct StoredRecord {
    std::string kind;
    std::string payload;
    std::string device_id;
};

// One batch's transaction, as a backend carries it out.
class BatchWriter {
public:
    virtual ~BatchWriter() = default;
    // The newest heads kept for this enrolment, newest first (two are enough). From this call
    // to commit, other batches of the same enrolment wait: heads are judged one batch at a time.
    virtual std::vector<AuditHead> recent_heads() = 0;
    // Where a format-2 record sits in its batch's manifest (keep_manifest's id).
    struct Proof {
        std::int64_t manifest_id = 0;
        std::size_t position = 0;
        const std::string* salt = nullptr;  // raw bytes; empty for a plain record
    };
    // Inserts every record whose uuid is not stored yet, with its proof when `proofs` has one
    // (same order as `records`, or empty); for each, whether it was inserted.
    virtual std::vector<bool> insert_new(const std::vector<const PushRecord*>& records,
                                         const std::vector<Proof>& proofs) = 0;
    virtual std::map<std::string, StoredRecord> stored(const std::vector<std::string>& uuids) = 0;
    virtual void keep_head(const AuditHead& head) = 0;
    // Kept as evidence (docs/SECURITY.md, section 4): the head a batch claimed, when its
    // history did not extend what the server saw and it cost a record.
    virtual void record_rewrite(const std::string& claimed_head) = 0;
    // Format 2: the manifest a batch with this key brought before, if any.
    virtual std::optional<std::string> manifest_of(const std::string& batch_key) = 0;
    // Keeps the batch's manifest and signature; its id goes on every record it stores.
    virtual std::int64_t keep_manifest(const BatchSealWire& seal) = 0;
};

std::vector<RecordResult> settle_batch(const PreparedBatch& batch, BatchWriter& writer);

}  // namespace kiosk::sync::server
