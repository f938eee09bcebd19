#pragma once
// An open, unlocked, migrated Contact Kiosk database. One per thread: the window and the
// sync worker each open their own (WAL lets them share the file).
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kiosk/core/time.hpp"
#include "kiosk/store/query.hpp"
#include "kiosk/store/statement.hpp"

struct sqlite3;

namespace kiosk::store {

class SecretKey;

struct OpenOptions {
    std::filesystem::path database_file;
    std::filesystem::path key_file;
    // When true (the normal case) a first run creates the key and the database. It never
    // creates either over an existing file.
    bool create_if_missing = true;
    // When the caller opens it: stamped on the audit rows of any migration that runs.
    core::Timestamp now{};
    // Tests turn this off to build databases at earlier schema versions.
    bool migrate = true;
};

class Database {
public:
    // Opens (or on first run creates) the database. Throws StoreError with one plain sentence.
    static Database open(const OpenOptions& options);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    ~Database();

    // Runs SQL that returns nothing (may hold several statements).
    void exec(std::string_view sql);
    // A prepared statement kept for the life of the connection, keyed by its text, and
    // reset when the returned Query goes out of scope.
    Query cached(std::string_view sql);
    std::int64_t last_insert_id() const;
    int changes() const;
    int schema_version();
    // "ok" when PRAGMA integrity_check finds nothing wrong, otherwise its first complaint.
    std::string integrity_check();
    sqlite3* handle() const { return db_; }
    // Called after each transaction this connection commits, once its write lock is released,
    // so another connection already sees the change (the window tells the sync worker there is
    // something to send: issue #13). Keeps SQLite's automatic WAL checkpoint, which the same
    // hook serves. Empty: no call.
    void on_commit(std::function<void()> listener);

private:
    explicit Database(sqlite3* db) : db_(db) {}
    // Opens the file and proves the key with a first read; throws WrongKey before any write.
    static Database unlock(const std::filesystem::path& file, bool create, const SecretKey& key);
    void close() noexcept;

    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
    // On the heap: SQLite holds its address across moves of the Database.
    std::unique_ptr<std::function<void()>> commit_listener_;
};

// Raises the page cache (in KiB) for a bulk job and restores the previous size afterwards.
// 0 leaves it as it is.
class ScopedCacheSize {
public:
    ScopedCacheSize(Database& db, int kibibytes);
    ScopedCacheSize(const ScopedCacheSize&) = delete;
    ScopedCacheSize& operator=(const ScopedCacheSize&) = delete;
    ~ScopedCacheSize();

private:
    Database& db_;
    int previous_ = 0;
    bool changed_ = false;
};

}  // namespace kiosk::store
