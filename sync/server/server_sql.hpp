#pragma once
// SQLite helpers shared by SqliteStorage's files (sqlite_*.cpp) and the venue hub's store: a
// prepared statement that finalizes itself, a transaction that rolls back when its work throws,
// and the token hashing (which PostgresStorage uses too).
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "sync/server/receiver_storage.hpp"
#include "sync/server/token_hash.hpp"

namespace kiosk::sync::server::sql {

[[noreturn]] void fail(sqlite3* db, int rc);

class Stmt {
public:
    Stmt(sqlite3* db, const char* sql);
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    ~Stmt();
    Stmt& text(int index, const std::string& value);
    Stmt& blob(int index, const std::uint8_t* data, std::size_t size);
    Stmt& integer(int index, std::int64_t value);
    Stmt& null(int index);
    bool step();  // true: a row; false: done
    void reset();
    std::string column_text(int column) const;
    std::vector<std::uint8_t> column_blob(int column) const;
    std::int64_t column_int(int column) const;
    bool column_is_null(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// Runs `work` inside BEGIN IMMEDIATE ... COMMIT, rolling back if it throws.
template <class Work>
auto in_transaction(sqlite3* db, Work work) {
    if (const int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr); rc != SQLITE_OK) fail(db, rc);
    try {
        auto result = work();
        if (const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); rc != SQLITE_OK) fail(db, rc);
        return result;
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

}  // namespace kiosk::sync::server::sql
