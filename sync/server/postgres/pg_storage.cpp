#include "sync/server/postgres/pg_storage.hpp"

#include "sync/protocol/base64.hpp"
#include "sync/server/postgres/pg_migrations.hpp"
#include "sync/server/token_hash.hpp"

namespace kiosk::sync::server {

PostgresStorage::PostgresStorage(const std::string& url, std::size_t connections)
    : pool_(std::make_unique<pg::Pool>(url, connections)) {
    migrate();
}

PostgresStorage::~PostgresStorage() = default;

void PostgresStorage::migrate() {
    auto connection = pool_->acquire();
    pg::in_transaction(*connection, [&] {
        // Receivers started together wait here for the first; the others then find nothing to do.
        connection->exec("SELECT pg_advisory_xact_lock($1, $2)",
                         {std::to_string(pg_locks::kProgram), std::to_string(pg_locks::kMigrations)});
        connection->run_script("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        const int found = static_cast<int>(
            connection->exec("SELECT coalesce(max(version), 0) FROM schema_migrations").integer(0, 0));
        const int newest = pg::kMigrations.back().version;
        if (found > newest) {
            throw ServerStoreError("the PostgreSQL database is at schema version " + std::to_string(found) +
                                   ", from a newer contact-sync-server; this one knows versions up to " +
                                   std::to_string(newest));
        }
        for (const auto& migration : pg::kMigrations) {
            if (migration.version <= found) continue;
            connection->run_script(migration.sql);
            connection->exec("INSERT INTO schema_migrations (version) VALUES ($1)", {std::to_string(migration.version)});
        }
        return 0;
    });
}

int PostgresStorage::schema_version() {
    auto connection = pool_->acquire();
    return static_cast<int>(connection->exec("SELECT coalesce(max(version), 0) FROM schema_migrations").integer(0, 0));
}

void PostgresStorage::check_reachable() {
    auto connection = pool_->acquire();
    connection->exec("SELECT 1");
}

std::optional<SealingPublicKey> PostgresStorage::recorded_sealing_key() {
    auto connection = pool_->acquire();
    const auto found = connection->exec("SELECT encode(public_key, 'base64') FROM sealing_key WHERE id = 1");
    if (found.rows() == 0) return std::nullopt;
    const auto bytes = decode_base64(found.text(0, 0));
    if (!bytes || bytes->size() != 32) {
        throw ServerStoreError("the sealing key recorded in the server database is damaged");
    }
    SealingPublicKey key{};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return key;
}

SealingPublicKey PostgresStorage::record_sealing_key(const SealingPublicKey& key) {
    {
        auto connection = pool_->acquire();
        connection->exec("INSERT INTO sealing_key (id, public_key, recorded_at) VALUES (1, decode($1, 'base64'), $2) "
                         "ON CONFLICT (id) DO NOTHING",
                         {encode_base64(key.data(), key.size()), std::to_string(sql::unix_now())});
    }
    return *recorded_sealing_key();
}

}  // namespace kiosk::sync::server
