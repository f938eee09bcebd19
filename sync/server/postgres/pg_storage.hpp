#pragma once
// The receiver's storage on PostgreSQL (receiver_storage.hpp), for an authority's server: any
// number of receiver processes on one database, each with a few connections (pg_connection.hpp).
// Nothing that matters is kept in the process. How each promise holds with several receivers:
//   exactly once   records.uuid is the key; a batch inserts with ON CONFLICT DO NOTHING, in one
//                  transaction, and compares what was already there (pg_records.cpp).
//   audit heads    a batch locks its enrolment's row (SELECT ... FOR UPDATE) before judging the
//                  head, so two batches of one device through two receivers are judged in turn.
//   enrolment      every change to a device id's enrolments and tokens holds a transaction
//                  advisory lock on that id; a token is marked used with UPDATE ... WHERE
//                  used_at IS NULL; one live enrolment per id is also a unique index.
//   the feed       imports take one advisory lock, so feed.seq grows in commit order and a
//                  reader's cursor never passes a change that has yet to commit (pg_feed.cpp).
// Deadlocks and serialization failures run the transaction again (pg::in_transaction).
// The venue hub does not run on PostgreSQL: its state lives in SQLite (hub/hub_store.hpp).
#include <memory>
#include <string>

#include "sync/server/postgres/pg_connection.hpp"
#include "sync/server/receiver_storage.hpp"

namespace kiosk::sync::server {

class PostgresStorage final : public ReceiverStorage {
public:
    // Connects (`connections`: at most that many at once, one per worker thread), applies the
    // migrations this database lacks (pg_migrations.hpp) and refuses a newer database. Throws
    // ServerStoreError (ServerBusyError when the database cannot be reached) with a sentence.
    PostgresStorage(const std::string& url, std::size_t connections);
    PostgresStorage(const PostgresStorage&) = delete;
    PostgresStorage& operator=(const PostgresStorage&) = delete;
    ~PostgresStorage() override;

    std::string_view backend() const override { return "PostgreSQL"; }
    void check_reachable() override;
    // The schema version this database is at, for tests and operators.
    int schema_version();

    // --- devices (pg_devices.cpp) ---
    std::string add_device(const std::string& device_id, std::int64_t venue_id, DeviceRole role) override;
    std::optional<DeviceIdentity> authenticate(const std::string& token) override;
    std::string issue_enrolment_token(const EnrolmentGrant& grant) override;
    EnrolResult enrol(const EnrolRequest& request) override;
    bool revoke_device(const std::string& device_id) override;
    std::string rotate_token(const DeviceIdentity& device) override;

    // --- records (pg_records.cpp) ---
    std::vector<RecordResult> store_prepared(const PreparedBatch& batch, const DeviceIdentity& device) override;
    std::int64_t audit_seen(const DeviceIdentity& device) override;
    std::int64_t history_rewrites(const std::string& device_id) override;
    std::optional<std::string> stored_payload(const std::string& uuid) override;
    std::optional<RecordProof> record_proof(const std::string& uuid) override;
    std::vector<std::string> records_with_proof() override;
    std::map<std::string, std::int64_t> count_by_kind() override;
    std::int64_t copies_of(const std::string& uuid) override;

    // --- feed (pg_feed.cpp) ---
    std::size_t import_feed(const std::string& feed_json) override;
    FeedPage changes_after(const std::string& cursor, int limit, std::int64_t venue_id,
                           const std::vector<std::string>& kinds) override;

    // --- the sealing key's public half (pg_storage.cpp) ---
    std::optional<SealingPublicKey> recorded_sealing_key() override;
    SealingPublicKey record_sealing_key(const SealingPublicKey& key) override;

private:
    void migrate();

    std::unique_ptr<pg::Pool> pool_;
};

// Advisory lock keys (pg_advisory_xact_lock's two-int form: this program's key, then what).
namespace pg_locks {
inline constexpr int kProgram = 0x4b696f73;  // "Kios"
inline constexpr int kMigrations = 1;
inline constexpr int kFeed = 2;
}  // namespace pg_locks

}  // namespace kiosk::sync::server
