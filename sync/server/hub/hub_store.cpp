#include "sync/server/hub/hub_store.hpp"

#include "sync/server/hub/hub_schema.hpp"
#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;
using sql::Stmt;

HubStore::HubStore(const std::filesystem::path& database) {
    // Opened after SqliteStorage, which made the file (0600) and the server's tables.
    if (sqlite3_open_v2(database.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
        const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw ServerStoreError("the hub cannot open " + database.string() + ": " + message);
    }
    try {
        sqlite3_busy_timeout(db_, 5000);
        exec("PRAGMA synchronous = FULL;");
        sql::in_transaction(db_, [this] {
            exec(kHubSchema);
            return 0;
        });
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

HubStore::~HubStore() { sqlite3_close(db_); }

void HubStore::exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error != nullptr ? error : "unknown error";
        sqlite3_free(error);
        throw ServerStoreError("hub database: " + message);
    }
}

std::optional<std::int64_t> HubStore::venue_of(const std::filesystem::path& database) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return std::nullopt;
    }
    std::optional<std::int64_t> venue;
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT venue_id FROM hub_settings WHERE id = 1", -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
        venue = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return venue;
}

std::optional<std::int64_t> HubStore::venue_id() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT venue_id FROM hub_settings WHERE id = 1");
    if (!s.step()) return std::nullopt;
    return s.column_int(0);
}

void HubStore::set_venue(std::int64_t venue_id) {
    const std::lock_guard lock(mutex_);
    sql::in_transaction(db_, [&] {
        Stmt current(db_, "SELECT venue_id FROM hub_settings WHERE id = 1");
        if (current.step()) {
            if (current.column_int(0) != venue_id) {
                throw ServerStoreError("this hub serves venue " + std::to_string(current.column_int(0)) +
                                       ", not venue " + std::to_string(venue_id) +
                                       "; a hub serves one venue for its whole life (start a new database)");
            }
            return 0;
        }
        Stmt insert(db_, "INSERT INTO hub_settings (id, venue_id, created_at) VALUES (1, ?, ?)");
        insert.integer(1, venue_id).integer(2, sql::unix_now()).step();
        // Records stored before this database became a hub are the venue's too.
        exec("INSERT OR IGNORE INTO hub_arrivals (uuid) SELECT uuid FROM records ORDER BY rowid");
        return 0;
    });
}

std::int64_t HubStore::last_seq() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT coalesce(max(seq), 0) FROM hub_entities");
    s.step();
    return s.column_int(0);
}

std::optional<json> HubStore::entity(const std::string& kind, const std::string& key) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT body FROM hub_entities WHERE kind = ? AND key = ?");
    s.text(1, kind).text(2, key);
    if (!s.step()) return std::nullopt;
    return json::parse(s.column_text(0)).at("data");
}

}  // namespace kiosk::sync::server::hub
