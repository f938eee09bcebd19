#include "sync/server/server_store.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sync/protocol/base64.hpp"
#include "sync/server/server_schema.hpp"
#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server {
namespace fs = std::filesystem;
using sql::Stmt;

namespace {

// The database, its WAL and its shared-memory file hold the sealing secret key and every
// record: owner only. SQLite gives the WAL and -shm files the database file's mode, so the
// file is made 0600 before SQLite first opens it; files left by an older server are narrowed.
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

ServerStore::ServerStore(const fs::path& file) {
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
                exec(set_version.c_str());
                return 0;
            });
        } else if (found == 2) {
            // Schema 2 -> 3: enrolments, records and heads stay; the integer-id feed goes.
            sql::in_transaction(db_, [&] {
                exec(kFeedSchemaV3);
                exec(set_version.c_str());
                return 0;
            });
        } else if (found != kServerSchemaVersion) {
            throw ServerStoreError(
                "the server database " + file.string() + " is of another version (" + std::to_string(found) +
                "); this server reads version " + std::to_string(kServerSchemaVersion) +
                ". A database from before venues and roles cannot be read: start a new one and enrol the devices again");
        }
        make_private(file);
        load_or_make_sealing_keys();
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

ServerStore::~ServerStore() { sqlite3_close(db_); }

void ServerStore::exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error != nullptr ? error : "unknown error";
        sqlite3_free(error);
        throw ServerStoreError("server database: " + message);
    }
}

void ServerStore::load_or_make_sealing_keys() {
    // The reference server keeps its sealing secret key in its own database; a production
    // receiver keeps it in an HSM or key vault (docs/SECURITY.md).
    Stmt read(db_, "SELECT public_key, secret_key FROM server_keys WHERE id = 1");
    if (read.step()) {
        const auto pub = read.column_blob(0);
        const auto sec = read.column_blob(1);
        if (pub.size() != 32 || sec.size() != 32) throw ServerStoreError("the server's sealing key is damaged");
        std::copy(pub.begin(), pub.end(), sealing_keys_.public_key.begin());
        std::copy(sec.begin(), sec.end(), sealing_keys_.secret_key.begin());
        return;
    }
    sealing_keys_ = generate_sealing_key_pair();
    Stmt insert(db_, "INSERT INTO server_keys (id, public_key, secret_key) VALUES (1, ?, ?)");
    insert.blob(1, sealing_keys_.public_key.data(), 32).blob(2, sealing_keys_.secret_key.data(), 32).step();
}

std::string ServerStore::sealing_public_key() const { return encode_base64(sealing_keys_.public_key.data(), 32); }

}  // namespace kiosk::sync::server
