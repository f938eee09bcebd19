#pragma once
// The receiver's storage in one SQLite file (receiver_storage.hpp): the embedded default, for
// the venue hub (whose own tables and trigger share this file, hub/hub_store.hpp), the demo,
// small deployments and the tests that need no database server. One connection, shared by the
// server's worker threads: SQLite takes one writer at a time anyway, so this backend is for
// one receiver process (PostgresStorage is for several). Opened through SQLCipher's library
// without a key, which is plain SQLite.
#include <filesystem>
#include <mutex>

#include "sync/server/receiver_storage.hpp"

struct sqlite3;

namespace kiosk::sync::server {

class SqliteStorage final : public ReceiverStorage {
public:
    // Creates the file (and its WAL and shared-memory files) readable by its owner only: it
    // holds every record received. Migrates an older file (sqlite_schema.hpp) or refuses it
    // with a sentence.
    explicit SqliteStorage(const std::filesystem::path& file);
    SqliteStorage(const SqliteStorage&) = delete;
    SqliteStorage& operator=(const SqliteStorage&) = delete;
    ~SqliteStorage() override;

    std::string_view backend() const override { return "SQLite"; }
    void check_reachable() override;

    // --- devices (sqlite_devices.cpp) ---
    std::string add_device(const std::string& device_id, std::int64_t venue_id, DeviceRole role) override;
    std::optional<DeviceIdentity> authenticate(const std::string& token) override;
    std::string issue_enrolment_token(const EnrolmentGrant& grant) override;
    EnrolResult enrol(const EnrolRequest& request) override;
    bool revoke_device(const std::string& device_id) override;
    std::string rotate_token(const DeviceIdentity& device) override;

    // --- records (sqlite_records.cpp) ---
    std::vector<RecordResult> store_prepared(const PreparedBatch& batch, const DeviceIdentity& device) override;
    std::int64_t audit_seen(const DeviceIdentity& device) override;
    std::int64_t history_rewrites(const std::string& device_id) override;
    std::optional<std::string> stored_payload(const std::string& uuid) override;
    std::optional<RecordProof> record_proof(const std::string& uuid) override;
    std::vector<std::string> records_with_proof() override;
    std::map<std::string, std::int64_t> count_by_kind() override;
    std::int64_t copies_of(const std::string& uuid) override;

    // --- feed (sqlite_feed.cpp) ---
    std::size_t import_feed(const std::string& feed_json) override;
    FeedPage changes_after(const std::string& cursor, int limit, std::int64_t venue_id,
                           const std::vector<std::string>& kinds) override;

    // --- the sealing key (sqlite_storage.cpp) ---
    std::optional<SealingPublicKey> recorded_sealing_key() override;
    SealingPublicKey record_sealing_key(const SealingPublicKey& key) override;
    // A database from before issue #14 kept the sealing key pair, secret half too, in its
    // server_keys table: sealing_key.cpp moves it into the key file, then has it forgotten
    // here (overwritten in place, and the WAL emptied, so no copy is left in the file).
    std::optional<SealingKeyPair> legacy_sealing_keys();
    void forget_legacy_sealing_keys();

private:
    void exec(const char* sql);

    sqlite3* db_ = nullptr;
    std::mutex mutex_;  // one connection, shared by the server's worker threads
};

}  // namespace kiosk::sync::server
