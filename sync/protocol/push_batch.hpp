#pragma once
// Push: a batch of records in one request, and the server's answer per record
// (docs/sync-api.md, "Push"). Each record carries its own UUID, so a retried batch, or one
// record of it, is recognised by the server and never stored twice.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/time.hpp"

namespace kiosk::sync {

struct PushRecord {
    std::string uuid;
    std::string kind;
    int schema = 1;
    core::Timestamp created_at{};
    std::string device_id;
    std::string payload_json;  // a JSON object, as queued in the outbox
    // "ed25519:<base64>" over sync::signing_bytes (record_signature.hpp); checked by the server
    // against the device's enrolled key.
    std::optional<std::string> signature;
    // base64 of a libsodium sealed box of the payload, for the kinds in is_sealed_kind();
    // payload_json then holds only {"schema": N}.
    std::optional<std::string> sealed;
};

// Push format 2: what seals a batch as a whole (batch_seal.hpp).
struct BatchSealWire {
    std::string batch_key;  // base64 of the batch's ephemeral X25519 public key
    std::string manifest;   // the manifest's exact text, as signed
    std::string signature;  // "ed25519:<base64>" over manifest_signing_bytes(manifest)
};

struct PushBatch {
    std::string device_id;
    std::vector<PushRecord> records;
    std::optional<std::string> audit_head;  // "<seq>:<hash hex>" of the device's audit chain (audit_head.hpp)
    // "<seq>:<hash hex>" of the row the server last saw as this device's head, as the device's
    // chain has it now: proof that the history the server saw was not rewritten since.
    std::optional<std::string> audit_anchor;
    // "ed25519:<base64>" over audit_claims_signing_bytes (audit_head.hpp): an enrolled device
    // signs its head and anchor, so a token alone cannot plant a head that refuses its records.
    std::optional<std::string> audit_signature;
    std::optional<BatchSealWire> seal;  // format 2 from an enrolled device
};

enum class RecordStatus { Stored, AlreadyStored, Rejected };
std::string_view to_string(RecordStatus status);

struct RecordResult {
    std::string uuid;
    RecordStatus status = RecordStatus::Rejected;
    std::string reason;  // why it was rejected, in words; empty otherwise
};

// One record of a batch as the server read it: either a valid record or the reason it is not.
struct ReceivedRecord {
    std::string uuid;  // empty when the record had none
    std::optional<PushRecord> record;
    std::string problem;
};

struct ReceivedBatch {
    std::string device_id;
    std::vector<ReceivedRecord> records;
    std::optional<std::string> audit_head;
    std::optional<std::string> audit_anchor;
    std::optional<std::string> audit_signature;
    int api_version = 1;                // the body's "api_version" (1 when absent)
    std::optional<BatchSealWire> seal;  // format 2: the manifest, its signature and the batch key
};

// Device side. Throws ProtocolError when a queued payload is not a JSON object; the sync
// itself builds its requests with PushBatchWriter (push_batch_writer.hpp), record by record.
std::string encode_push_batch(const PushBatch& batch);
// Throws ProtocolError when the answer is not JSON of the documented shape, or does not
// answer exactly the records that were sent.
std::vector<RecordResult> decode_push_results(const std::string& body, const std::vector<PushRecord>& sent);
std::vector<RecordResult> decode_push_results(const std::string& body, const std::vector<std::string>& sent_uuids);

// Server side. Throws ProtocolError when the envelope itself is unreadable (or nests deeper
// than 32 levels); a bad record inside a good envelope, a plain payload that does not match its
// kind's schema (payload_schema.hpp) included, comes back as a ReceivedRecord with a problem.
ReceivedBatch decode_push_batch(const std::string& body);
std::string encode_push_results(const std::vector<RecordResult>& results);

}  // namespace kiosk::sync
