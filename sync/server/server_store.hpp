#pragma once
// The reference server's own SQLite database: devices and their token hashes, the records
// received (one row per UUID, so a retry can never make a second), and the pull feed.
// Opened through SQLCipher's library without a key, which is plain SQLite.
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/record_verifier.hpp"

struct sqlite3;

namespace kiosk::sync::server {

class ServerStoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct FeedPage {
    std::vector<std::string> changes;  // each {"kind":...,"data":{...}}
    std::string cursor;
    bool more = false;
};

class ServerStore {
public:
    explicit ServerStore(const std::filesystem::path& file);
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;
    ~ServerStore();

    // Makes a device and returns its new bearer token (shown once; only its hash is kept).
    std::string add_device(const std::string& device_id);
    std::optional<std::string> device_for_token(const std::string& token);

    // A one-time enrolment token for `device_id` (shown once; only its hash is kept).
    std::string issue_enrolment_token(const std::string& device_id);
    // Uses the token up and registers the device's public key, in one transaction: a token
    // works once, even when two devices race with it. Nothing when the token is unknown or
    // used. Throws ProtocolError when the public key is not a base64 Ed25519 key.
    std::optional<EnrolAnswer> enrol(const EnrolRequest& request);
    // base64 of the key devices seal records to (made on first start, kept in the database).
    std::string sealing_public_key() const;
    // Audit heads that showed a device's history rewritten, for tests and operators.
    std::int64_t history_rewrites(const std::string& device_id);
    // The payload as stored (opened, for a sealed record), or nothing.
    std::optional<std::string> stored_payload(const std::string& uuid);

    // Stores a batch in one transaction and answers per record.
    // By value: the records are checked and opened in place.
    std::vector<RecordResult> store_batch(ReceivedBatch batch, const std::string& authenticated_device);

    // Appends a feed file ({"changes": [...]}) after checking every change; all or nothing.
    std::size_t import_feed(const std::string& feed_json);
    FeedPage changes_after(const std::string& cursor, int limit);

    // The newest audit row of this device the server has seen (0: none), for GET /audit-head.
    std::int64_t audit_seen(const std::string& device_id);
    std::map<std::string, std::int64_t> count_by_kind();
    std::int64_t copies_of(const std::string& uuid);

private:
    void exec(const char* sql);
    void load_or_make_sealing_keys();
    std::optional<std::vector<std::uint8_t>> device_public_key(const std::string& device_id);
    // Empty when the batch's audit head and anchor extend what this device showed before
    // (audit_rewrite.hpp); otherwise why not, and the attempt is kept in history_rewrites.
    std::string check_audit_head(const std::string& device_id, const ReceivedBatch& batch, std::int64_t now);

    SealingKeyPair sealing_keys_;
    sqlite3* db_ = nullptr;
    std::mutex mutex_;  // one connection, shared by the server's worker threads
};

}  // namespace kiosk::sync::server
