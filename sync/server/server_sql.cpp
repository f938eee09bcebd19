#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::sql {

void fail(sqlite3* db, int rc) {
    const std::string message = std::string{"server database: "} + sqlite3_errmsg(db);
    // The primary code: SQLITE_BUSY once the busy timeout ran out (another process writing).
    if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED) throw ServerBusyError(message);
    throw ServerStoreError(message);
}

Stmt::Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (const int rc = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); rc != SQLITE_OK) fail(db_, rc);
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt& Stmt::text(int index, const std::string& value) {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::blob(int index, const std::uint8_t* data, std::size_t size) {
    sqlite3_bind_blob(stmt_, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::integer(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Stmt& Stmt::null(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Stmt::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc);
}

void Stmt::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Stmt::column_text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p == nullptr ? std::string{}
                        : std::string(reinterpret_cast<const char*>(p),
                                      static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::vector<std::uint8_t> Stmt::column_blob(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
    return p == nullptr ? std::vector<std::uint8_t>{}
                        : std::vector<std::uint8_t>(p, p + sqlite3_column_bytes(stmt_, column));
}

std::int64_t Stmt::column_int(int column) const { return sqlite3_column_int64(stmt_, column); }

bool Stmt::column_is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

}  // namespace kiosk::sync::server::sql
