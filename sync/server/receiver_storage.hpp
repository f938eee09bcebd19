#pragma once
// What the receiver keeps, behind one interface with two implementations (issue #14):
//   SqliteStorage (sqlite_storage.hpp)       one SQLite file: the venue hub, the demo, small
//                                            deployments and the tests that need no database server;
//   PostgresStorage (postgres/pg_storage.hpp) PostgreSQL 15 through libpq: an authority's receiver,
//                                            any number of receiver processes on one database.
// open_storage.hpp picks one from `--db` / `[storage]`. Every SQL string of the receiver lives
// behind this interface, so the HTTP layer never sees one. The venue hub (hub/) stays on SQLite
// only: it adds its own tables and a trigger to the SQLite file (hub/hub_store.hpp).
//
// An implementation keeps no state of its own that matters between requests: exactly-once,
// audit heads, enrolment and the feed's order all come from the database, so several receivers
// can share one PostgreSQL behind a load balancer (docs/operations.md).
//
// The sealing secret key is not here: it lives in a file or comes from the service manager
// (sealing_key.hpp); the database keeps only its public half, to notice a wrong key.
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "sync/protocol/device_role.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/batch_rules.hpp"
#include "sync/server/device_identity.hpp"
#include "sync/server/record_verifier.hpp"

namespace kiosk::sync::server {

// A sentence naming the table or step and the database's reason; never a row's values.
class ServerStoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
// The database is busy (locked by another writer past the lock timeout) or cannot be reached
// just now: answered 503 with Retry-After, and the device tries again later.
class ServerBusyError : public ServerStoreError {
public:
    using ServerStoreError::ServerStoreError;
};

struct FeedPage {
    std::vector<std::string> changes;  // each {"kind":...,"data":{...}}, as imported
    std::string cursor;
    bool more = false;
};

// What an enrolment token lets a device become: its id, venue and role, until when.
struct EnrolmentGrant {
    std::string device_id;
    std::int64_t venue_id = 0;
    DeviceRole role = DeviceRole::Lobby;
    std::chrono::seconds valid_for{24 * 3600};
};

enum class EnrolRefusal { None, UnknownOrUsed, Expired, DeviceEnrolled };

struct EnrolResult {
    EnrolRefusal refusal = EnrolRefusal::None;
    // Without sealing_public_key and server_role: the server fills those in (handlers.cpp).
    std::optional<EnrolAnswer> answer;
};

using SealingPublicKey = std::array<std::uint8_t, 32>;

// What the server keeps to show, later and on its own, that a stored record is what its device
// signed (push format 2): the record as stored, its salt and place in its batch's manifest, the
// manifest and signature, and the key of the enrolment that sent it. verify_record_proof checks it.
struct RecordProof {
    PushRecord record;  // payload_json: the payload as stored
    std::string salt;   // raw bytes; empty for a plain record
    std::size_t position = 0;
    std::string manifest;
    std::string signature;
    std::vector<std::uint8_t> device_key;
};
// Empty when the stored record matches the hash its device signed; otherwise why not.
std::string verify_record_proof(const RecordProof& proof);

class ReceiverStorage {
public:
    virtual ~ReceiverStorage() = default;

    // "SQLite" or "PostgreSQL", for logs and the health answer.
    virtual std::string_view backend() const = 0;
    // Throws ServerBusyError when the database cannot be reached now (GET /healthz).
    virtual void check_reachable() = 0;

    // --- devices ---
    // A device with a bearer token and no signing key (tests and the demo: its records are
    // taken unsigned). Throws ServerStoreError when the id is enrolled and not revoked.
    virtual std::string add_device(const std::string& device_id, std::int64_t venue_id, DeviceRole role) = 0;
    virtual std::optional<DeviceIdentity> authenticate(const std::string& token) = 0;
    // A one-time token for exactly this device id, venue and role, until it expires. Issuing
    // another for the same device id revokes the ones still unused.
    virtual std::string issue_enrolment_token(const EnrolmentGrant& grant) = 0;
    // Uses the token up and registers the device's public key, in one transaction: a token
    // works once, even when two devices race with it through two receivers. Refused (changing
    // nothing) when the token is unknown, used, revoked or expired, or its device id is still
    // enrolled. Throws ProtocolError when the public key is not a base64 Ed25519 key.
    virtual EnrolResult enrol(const EnrolRequest& request) = 0;
    // An operator's word that a device id is no longer trusted (a lost tablet, a device to be
    // enrolled again): its tokens stop working and it may enrol anew. False when it had none.
    virtual bool revoke_device(const std::string& device_id) = 0;
    // A new bearer token for the device. The one it used keeps working until the new one is
    // first used, so an answer lost on the way does not lock the device out.
    virtual std::string rotate_token(const DeviceIdentity& device) = 0;

    // --- records ---
    // Stores a batch whose records were checked and opened (prepare_batch) in one transaction,
    // judging its audit head under a lock on the device's enrolment, and answers per record.
    virtual std::vector<RecordResult> store_prepared(const PreparedBatch& batch, const DeviceIdentity& device) = 0;
    // prepare_batch, then store_prepared.
    std::vector<RecordResult> store_batch(ReceivedBatch batch, const DeviceIdentity& device,
                                          const SealingKeyPair& keys) {
        return store_prepared(prepare_batch(std::move(batch), device, keys), device);
    }
    // The newest audit row of this enrolment the server has seen (0: none), for GET /audit-head.
    virtual std::int64_t audit_seen(const DeviceIdentity& device) = 0;
    // Audit heads that showed a device's history rewritten, for tests and operators.
    virtual std::int64_t history_rewrites(const std::string& device_id) = 0;
    // The payload as stored (opened, for a sealed record), or nothing.
    virtual std::optional<std::string> stored_payload(const std::string& uuid) = 0;
    // Nothing for a record stored without one (format 1, an unsigned device, or none stored).
    virtual std::optional<RecordProof> record_proof(const std::string& uuid) = 0;
    // Every stored record that has one (contact-sync-server verify-records).
    virtual std::vector<std::string> records_with_proof() = 0;
    virtual std::map<std::string, std::int64_t> count_by_kind() = 0;
    virtual std::int64_t copies_of(const std::string& uuid) = 0;

    // --- feed ---
    // Appends a feed file ({"changes": [...]}) after checking every change; all or nothing.
    // Each change is given the venues it belongs to (docs/sync-api.md, "Which venue").
    virtual std::size_t import_feed(const std::string& feed_json) = 0;
    // The changes after `cursor` that belong to `venue_id` (or to every venue) and are of one
    // of `kinds`. Throws ProtocolError for a cursor this server did not issue.
    virtual FeedPage changes_after(const std::string& cursor, int limit, std::int64_t venue_id,
                                   const std::vector<std::string>& kinds) = 0;

    // --- the sealing key's public half (sealing_key.hpp) ---
    // The key devices enrolled here were told to seal to; nothing for a database no key was
    // recorded in yet.
    virtual std::optional<SealingPublicKey> recorded_sealing_key() = 0;
    // Records `key` when none is recorded, and answers the one recorded: another receiver's,
    // when it recorded first.
    virtual SealingPublicKey record_sealing_key(const SealingPublicKey& key) = 0;
};

// Parses a feed cursor as issued by either backend (a number; empty: from the beginning).
std::int64_t parse_feed_cursor(const std::string& cursor);

}  // namespace kiosk::sync::server
