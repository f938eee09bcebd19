#include "sync/server/sqlite_storage.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sync/server/server_sql.hpp"
#include "sync/server/sqlite_schema.hpp"

namespace kiosk::sync::server {
namespace fs = std::filesystem;
using sql::Stmt;

namespace {

// The database, its WAL and its shared-memory file hold every record (and, in a file from
// before issue #14, the sealing secret key until serve moves it out): owner only. SQLite
// gives the WAL and -shm files the database file's mode, so the file is made 0600 before
// SQLite first opens it; files left by an older server are narrowed.
void make_private(const fs::path& file) {
    if (!fs::exists(file)) {
        const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0) ::close(fd);
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const fs::path path = file.string() + suffix;
        std::error_code ignored;
        if (fs::exists(path, ignored)) {
            fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ignored);
        }
    }
}

}  // namespace

SqliteStorage::SqliteStorage(const fs::path& file) {
    make_private(file);
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw ServerStoreError("the server database " + file.string() + " cannot be opened: " + message);
    }
    try {
        sqlite3_busy_timeout(db_, 5000);
        exec("PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        std::int64_t found = 0;
        std::int64_t table_count = 0;
        {
            Stmt version(db_, "PRAGMA user_version");
            version.step();
            found = version.column_int(0);
            Stmt tables(db_, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
            tables.step();
            table_count = tables.column_int(0);
        }
        const std::string set_version = "PRAGMA user_version = " + std::to_string(kServerSchemaVersion);
        if (found == 0 && table_count == 0) {
            sql::in_transaction(db_, [&] {
                exec(kServerSchema);
                exec(kFeedSchemaV3);
                exec(kSealingSchemaV4);
                exec(kProofSchemaV5);
                exec(set_version.c_str());
                return 0;
            });
        } else if (found == 4) {
            // Schema 4 -> 5: the format-2 proofs' tables (issue #17).
            sql::in_transaction(db_, [&] {
                exec(kProofSchemaV5);
                exec(set_version.c_str());
                return 0;
            });
        } else if (found == 2 || found == 3) {
            // Schema 2 -> 3: enrolments, records and heads stay; the integer-id feed goes.
            // Schema 3 -> 4: the sealing key's public half gets its own table; the old one
            // (with the secret half) waits for serve to move the secret into its file.
            sql::in_transaction(db_, [&] {
                if (found == 2) exec(kFeedSchemaV3);
                exec(kSealingSchemaV4);
                exec(kCopyLegacyPublicKey);
                exec(kProofSchemaV5);
                exec(set_version.c_str());
                return 0;
            });
        } else if (found > kServerSchemaVersion) {
            throw ServerStoreError("the server database " + file.string() + " is from a newer contact-sync-server (version " +
                                   std::to_string(found) + "); this one reads version " +
                                   std::to_string(kServerSchemaVersion) + " and older");
        } else if (found != kServerSchemaVersion) {
            throw ServerStoreError(
                "the server database " + file.string() + " is of another version (" + std::to_string(found) +
                "); this server reads version " + std::to_string(kServerSchemaVersion) +
                ". A database from before venues and roles cannot be read: start a new one and enrol the devices again");
        }
        make_private(file);
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

SqliteStorage::~SqliteStorage() { sqlite3_close(db_); }

void SqliteStorage::exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error != nullptr ? error : "unknown error";
        sqlite3_free(error);
        throw ServerStoreError("server database: " + message);
    }
}

void SqliteStorage::check_reachable() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FROM sealing_key");
    s.step();
}

std::optional<SealingPublicKey> SqliteStorage::recorded_sealing_key() {
    const std::lock_guard lock(mutex_);
    Stmt read(db_, "SELECT public_key FROM sealing_key WHERE id = 1");
    if (!read.step()) return std::nullopt;
    const auto bytes = read.column_blob(0);
    if (bytes.size() != 32) throw ServerStoreError("the sealing key recorded in the server database is damaged");
    SealingPublicKey key{};
    std::copy(bytes.begin(), bytes.end(), key.begin());
    return key;
}

SealingPublicKey SqliteStorage::record_sealing_key(const SealingPublicKey& key) {
    {
        const std::lock_guard lock(mutex_);
        Stmt insert(db_, "INSERT INTO sealing_key (id, public_key, recorded_at) VALUES (1, ?, ?) ON CONFLICT DO NOTHING");
        insert.blob(1, key.data(), key.size()).integer(2, sql::unix_now()).step();
    }
    return *recorded_sealing_key();
}

std::optional<SealingKeyPair> SqliteStorage::legacy_sealing_keys() {
    const std::lock_guard lock(mutex_);
    Stmt table(db_, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'server_keys'");
    if (!table.step()) return std::nullopt;
    Stmt read(db_, "SELECT public_key, secret_key FROM server_keys WHERE id = 1");
    if (!read.step()) return std::nullopt;
    const auto pub = read.column_blob(0);
    const auto sec = read.column_blob(1);
    if (pub.size() != 32 || sec.size() != 32) throw ServerStoreError("the server's old sealing key table is damaged");
    SealingKeyPair keys;
    std::copy(pub.begin(), pub.end(), keys.public_key.begin());
    std::copy(sec.begin(), sec.end(), keys.secret_key.begin());
    return keys;
}

void SqliteStorage::forget_legacy_sealing_keys() {
    const std::lock_guard lock(mutex_);
    // secure_delete overwrites the freed pages with zeros; the checkpoint then writes them over
    // the database's own pages and empties the WAL, which held the old page images.
    exec("PRAGMA secure_delete = ON;");
    sql::in_transaction(db_, [&] {
        exec("DELETE FROM server_keys; DROP TABLE server_keys;");
        return 0;
    });
    exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA secure_delete = OFF;");
}

}  // namespace kiosk::sync::server
