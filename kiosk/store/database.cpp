#include "kiosk/store/database.hpp"

#include <sqlcipher/sqlite3.h>
#include <unistd.h>

#include <optional>
#include <system_error>

#include "kiosk/store/migrations.hpp"
#include "kiosk/store/secret_key.hpp"
#include "kiosk/store/sqlite_error.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::store {
namespace fs = std::filesystem;

namespace {

void ensure_directory(const fs::path& dir, const char* what) {
    if (dir.empty()) return;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || ::access(dir.c_str(), W_OK | X_OK) != 0) {
        throw StoreError(StoreErrorKind::Unwritable,
                         std::string("the ") + what + " " + dir.string() + " cannot be created or written");
    }
}

SecretKey obtain_key(const OpenOptions& options, bool database_exists) {
    if (fs::exists(options.key_file)) return SecretKey::load(options.key_file);
    if (database_exists) {
        throw StoreError(StoreErrorKind::MissingKey,
                         "the database " + options.database_file.string() + " exists but its key file " +
                             options.key_file.string() +
                             " is missing; restore the key file (a new key cannot open old data)");
    }
    if (!options.create_if_missing) {
        throw StoreError(StoreErrorKind::MissingKey,
                         "the key file " + options.key_file.string() + " does not exist");
    }
    return SecretKey::create(options.key_file);
}

fs::path pending_key_file(const fs::path& key_file) { return key_file.string() + ".new"; }

}  // namespace

Database Database::unlock(const fs::path& file, bool create, const SecretKey& key) {
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) throw_sqlite_error(raw, rc);
    sqlite3_extended_result_codes(raw, 1);
    // SQLCipher logs failed HMAC checks to stderr by default; our error sentence says it once.
    db.exec("PRAGMA cipher_log_level = NONE");
    db.exec("PRAGMA key = \"" + key.sqlcipher_raw_key() + "\"");
    // Keying initialises SQLCipher's logging, which may reset the level: say it again.
    db.exec("PRAGMA cipher_log_level = NONE");
    // The first read proves the key: a wrong key fails here before anything is written.
    db.exec("SELECT count(*) FROM sqlite_master");
    Statement version(raw, "PRAGMA cipher_version");
    if (!version.step() || version.text(0).empty()) {
        throw StoreError(StoreErrorKind::Io, "this build is not linked with SQLCipher; refusing to store data unencrypted");
    }
    return db;
}

Database Database::open(const OpenOptions& options) {
    const bool exists = fs::exists(options.database_file);
    if (!exists && !options.create_if_missing) {
        throw StoreError(StoreErrorKind::NotFound,
                         "the database " + options.database_file.string() + " does not exist");
    }
    if (exists && ::access(options.database_file.c_str(), R_OK | W_OK) != 0) {
        throw StoreError(StoreErrorKind::Unwritable,
                         "the database " + options.database_file.string() + " cannot be read and written");
    }
    if (!exists) ensure_directory(options.database_file.parent_path(), "data directory");

    const fs::path pending = pending_key_file(options.key_file);
    std::optional<Database> unlocked;
    try {
        const SecretKey key = obtain_key(options, exists);
        unlocked.emplace(unlock(options.database_file, !exists, key));
    } catch (const StoreError& error) {
        // A key change (rekey) that stopped after re-encrypting but before the new key file
        // replaced the old one: the new key is in ".new". Finish the change.
        const bool key_problem = error.kind() == StoreErrorKind::WrongKey || error.kind() == StoreErrorKind::MissingKey;
        if (!exists || !key_problem || !fs::exists(pending)) throw;
        unlocked.emplace(unlock(options.database_file, false, SecretKey::load(pending)));
        std::error_code ec;
        fs::rename(pending, options.key_file, ec);
        if (ec) throw StoreError(StoreErrorKind::Unwritable, "the key file " + options.key_file.string() + " cannot be replaced");
    }
    Database db = std::move(*unlocked);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA busy_timeout = 5000");
    if (options.migrate) {
        migrate_to_latest(db, options.now);
    } else if (db.schema_version() > latest_schema_version()) {
        migrate_to(db, 0, options.now);  // refuses a newer schema all the same
    }
    return db;
}

Database::Database(Database&& other) noexcept
    : db_(other.db_), statements_(std::move(other.statements_)), commit_listener_(std::move(other.commit_listener_)) {
    other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        db_ = other.db_;
        statements_ = std::move(other.statements_);
        commit_listener_ = std::move(other.commit_listener_);
        other.db_ = nullptr;
    }
    return *this;
}

namespace {
// SQLite's own WAL hook checkpoints once the log holds 1000 pages; ours replaces it, so it does
// the same before telling the listener.
int after_wal_commit(void* listener, sqlite3* db, const char* name, int pages) {
    if (pages >= 1000) sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    auto* call = static_cast<std::function<void()>*>(listener);
    if (call != nullptr && *call) {
        try {
            (*call)();
        } catch (...) {
            // A listener's failure must not fail the commit that already happened.
        }
    }
    return SQLITE_OK;
}
}  // namespace

void Database::on_commit(std::function<void()> listener) {
    commit_listener_ = std::make_unique<std::function<void()>>(std::move(listener));
    sqlite3_wal_hook(db_, after_wal_commit, commit_listener_.get());
}

Database::~Database() { close(); }

void Database::close() noexcept {
    statements_.clear();
    if (db_ != nullptr) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

void Database::exec(std::string_view sql) {
    const std::string text{sql};
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) throw_sqlite_error(db_, rc);
}

Query Database::cached(std::string_view sql) {
    auto found = statements_.find(std::string{sql});
    if (found != statements_.end()) return Query(*found->second);
    auto statement = std::make_unique<Statement>(db_, sql);
    auto& ref = *statement;
    statements_.emplace(std::string{sql}, std::move(statement));
    return Query(ref);
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

int Database::schema_version() {
    Statement statement(db_, "PRAGMA user_version");
    statement.step();
    return statement.integer(0);
}

std::string Database::integrity_check() {
    Statement statement(db_, "PRAGMA integrity_check");
    if (!statement.step()) return "no answer";
    return statement.text(0);
}

ScopedCacheSize::ScopedCacheSize(Database& db, int kibibytes) : db_(db) {
    if (kibibytes <= 0) return;
    Statement current(db.handle(), "PRAGMA cache_size");
    previous_ = current.step() ? current.integer(0) : -2000;
    db.exec("PRAGMA cache_size = -" + std::to_string(kibibytes));
    changed_ = true;
}

ScopedCacheSize::~ScopedCacheSize() {
    if (!changed_) return;
    try {
        db_.exec("PRAGMA cache_size = " + std::to_string(previous_));
    } catch (...) {
        // The connection keeps the larger cache; harmless.
    }
}

}  // namespace kiosk::store
