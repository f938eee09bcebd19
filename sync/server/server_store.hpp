#pragma once
// The reference server's own SQLite database: enrolments and their token hashes, the records
// received (one row per UUID, so a retry can never make a second), audit heads, and the pull
// feed with the venue each row belongs to. Every SQL string of the server lives behind this
// class (server_*.cpp), so the HTTP layer never sees one and another backend can take its
// place (issue #14). Opened through SQLCipher's library without a key, which is plain SQLite.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "sync/protocol/device_role.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/device_identity.hpp"
#include "sync/server/record_verifier.hpp"

struct sqlite3;

namespace kiosk::sync::server {

// A sentence naming the table or step and SQLite's reason; never a row's values.
class ServerStoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
// The database stayed locked by another writer for the whole busy timeout: try again later.
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
    std::optional<EnrolAnswer> answer;
};

class ServerStore {
public:
    // Creates the file (and its WAL and shared-memory files) readable by its owner only: it
    // holds the sealing secret key and every record received.
    explicit ServerStore(const std::filesystem::path& file);
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;
    ~ServerStore();

    // --- devices (server_devices.cpp) ---
    // A device with a bearer token and no signing key (tests and the demo: its records are
    // taken unsigned). Throws ServerStoreError when the id is enrolled and not revoked.
    std::string add_device(const std::string& device_id, std::int64_t venue_id, DeviceRole role);
    std::optional<DeviceIdentity> authenticate(const std::string& token);
    // A one-time token for exactly this device id, venue and role, until it expires. Issuing
    // another for the same device id revokes the ones still unused.
    std::string issue_enrolment_token(const EnrolmentGrant& grant);
    // Uses the token up and registers the device's public key, in one transaction: a token
    // works once, even when two devices race with it. Refused (changing nothing) when the
    // token is unknown, used, revoked or expired, or its device id is still enrolled.
    // Throws ProtocolError when the public key is not a base64 Ed25519 key.
    EnrolResult enrol(const EnrolRequest& request);
    // An operator's word that a device id is no longer trusted (a lost tablet, a device to be
    // enrolled again): its tokens stop working and it may enrol anew. False when it had none.
    bool revoke_device(const std::string& device_id);
    // A new bearer token for the device. The one it used keeps working until the new one is
    // first used, so an answer lost on the way does not lock the device out.
    std::string rotate_token(const DeviceIdentity& device);

    // base64 of the key devices seal records to (made on first start, kept in the database).
    std::string sealing_public_key() const;

    // --- records (server_records.cpp) ---
    // Stores a batch in one transaction and answers per record.
    // By value: the records are checked and opened in place.
    std::vector<RecordResult> store_batch(ReceivedBatch batch, const DeviceIdentity& device);
    // The newest audit row of this enrolment the server has seen (0: none), for GET /audit-head.
    std::int64_t audit_seen(const DeviceIdentity& device);
    // Audit heads that showed a device's history rewritten, for tests and operators.
    std::int64_t history_rewrites(const std::string& device_id);
    // The payload as stored (opened, for a sealed record), or nothing.
    std::optional<std::string> stored_payload(const std::string& uuid);
    std::map<std::string, std::int64_t> count_by_kind();
    std::int64_t copies_of(const std::string& uuid);

    // --- feed (server_feed.cpp) ---
    // Appends a feed file ({"changes": [...]}) after checking every change; all or nothing.
    // Each change is given the venues it belongs to (docs/sync-api.md, "Which venue").
    std::size_t import_feed(const std::string& feed_json);
    // The changes after `cursor` that belong to `venue_id` (or to every venue) and are of one
    // of `kinds`.
    FeedPage changes_after(const std::string& cursor, int limit, std::int64_t venue_id,
                           const std::vector<std::string>& kinds);

private:
    void exec(const char* sql);
    void load_or_make_sealing_keys();

    SealingKeyPair sealing_keys_;
    sqlite3* db_ = nullptr;
    std::mutex mutex_;  // one connection, shared by the server's worker threads
};

}  // namespace kiosk::sync::server
