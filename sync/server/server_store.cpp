#include "sync/server/server_store.hpp"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sqlite3.h>

#include <array>
#include <chrono>

#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"

namespace kiosk::sync::server {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TABLE IF NOT EXISTS devices (
  device_id  TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS records (
  uuid        TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  schema      INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  payload     TEXT NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS feed (
  seq  INTEGER PRIMARY KEY AUTOINCREMENT,
  body TEXT NOT NULL
);
)sql";

// A prepared statement that finalizes itself.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail();
    }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    ~Stmt() { sqlite3_finalize(stmt_); }
    Stmt& text(int index, const std::string& value) {
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& integer(int index, std::int64_t value) {
        sqlite3_bind_int64(stmt_, index, value);
        return *this;
    }
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail();
    }
    void reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
    }
    std::string column_text(int column) const {
        const auto* p = sqlite3_column_text(stmt_, column);
        return p == nullptr ? std::string{}
                            : std::string(reinterpret_cast<const char*>(p),
                                          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
    }
    std::int64_t column_int(int column) const { return sqlite3_column_int64(stmt_, column); }

private:
    [[noreturn]] void fail() const { throw ServerStoreError(std::string{"server database: "} + sqlite3_errmsg(db_)); }
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

std::string sha256_hex(const std::string& text) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest.data(), &length, EVP_sha256(), nullptr);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0F];
    }
    return out;
}

std::string random_token() {
    std::array<unsigned char, 32> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        throw ServerStoreError("no randomness for a device token");
    }
    std::array<unsigned char, 64> encoded{};
    const int n = EVP_EncodeBlock(encoded.data(), bytes.data(), static_cast<int>(bytes.size()));
    std::string token(reinterpret_cast<const char*>(encoded.data()), static_cast<std::size_t>(n));
    // base64url, no padding: safe in a header and a file without quoting.
    for (char& c : token) {
        if (c == '+') c = '-';
        if (c == '/') c = '_';
    }
    while (!token.empty() && token.back() == '=') token.pop_back();
    return token;
}

// Runs `work` inside BEGIN IMMEDIATE ... COMMIT, rolling back if it throws.
template <class Work>
auto in_transaction(sqlite3* db, Work work) {
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        throw ServerStoreError(std::string{"server database: "} + sqlite3_errmsg(db));
    }
    try {
        auto result = work();
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            throw ServerStoreError(std::string{"server database: "} + sqlite3_errmsg(db));
        }
        return result;
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

}  // namespace

ServerStore::ServerStore(const std::filesystem::path& file) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw ServerStoreError("the server database " + file.string() + " cannot be opened: " + message);
    }
    sqlite3_busy_timeout(db_, 5000);
    exec(kSchema);
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

std::string ServerStore::add_device(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    std::string token = random_token();
    Stmt s(db_, "INSERT INTO devices (device_id, token_hash) VALUES (?, ?) "
                "ON CONFLICT(device_id) DO UPDATE SET token_hash = excluded.token_hash");
    s.text(1, device_id).text(2, sha256_hex(token)).step();
    return token;
}

std::optional<std::string> ServerStore::device_for_token(const std::string& token) {
    const std::lock_guard lock(mutex_);
    // Looked up by hash: the database never holds a usable token.
    Stmt s(db_, "SELECT device_id FROM devices WHERE token_hash = ?");
    s.text(1, sha256_hex(token));
    if (!s.step()) return std::nullopt;
    return s.column_text(0);
}

std::vector<RecordResult> ServerStore::store_batch(const ReceivedBatch& batch, const std::string& device) {
    const std::lock_guard lock(mutex_);
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    return in_transaction(db_, [&] {
        Stmt insert(db_, "INSERT INTO records (uuid, kind, schema, created_at, device_id, payload, received_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING");
        Stmt existing(db_, "SELECT kind, payload FROM records WHERE uuid = ?");
        std::vector<RecordResult> results;
        for (const auto& received : batch.records) {
            RecordResult result{.uuid = received.uuid, .status = RecordStatus::Rejected, .reason = received.problem};
            if (!received.record) {
                results.push_back(std::move(result));
                continue;
            }
            const PushRecord& r = *received.record;
            if (r.device_id != device) {
                result.reason = "the record names a device other than the one whose token sent it";
                results.push_back(std::move(result));
                continue;
            }
            insert.reset();
            insert.text(1, r.uuid).text(2, r.kind).integer(3, r.schema).text(4, core::to_iso8601(r.created_at));
            insert.text(5, r.device_id).text(6, r.payload_json).integer(7, now);
            insert.step();
            if (sqlite3_changes(db_) == 1) {
                result.status = RecordStatus::Stored;
            } else {
                existing.reset();
                existing.text(1, r.uuid);
                existing.step();
                if (existing.column_text(0) == r.kind && existing.column_text(1) == r.payload_json) {
                    result.status = RecordStatus::AlreadyStored;
                } else {
                    result.reason = "a different record already has this uuid";
                }
            }
            results.push_back(std::move(result));
        }
        return results;
    });
}

std::size_t ServerStore::import_feed(const std::string& feed_json) {
    const auto doc = nlohmann::json::parse(feed_json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("changes") || !doc["changes"].is_array()) {
        throw ProtocolError("the feed file must be a JSON object with a changes list");
    }
    std::vector<std::string> changes;
    for (const auto& change : doc["changes"]) {
        changes.push_back(change.dump());
        validate_change(changes.back());  // throws ProtocolError naming the fault
    }
    const std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        Stmt insert(db_, "INSERT INTO feed (body) VALUES (?)");
        for (const auto& change : changes) {
            insert.reset();
            insert.text(1, change).step();
        }
        return changes.size();
    });
}

FeedPage ServerStore::changes_after(const std::string& cursor, int limit) {
    std::int64_t after = 0;
    if (!cursor.empty()) {
        std::size_t used = 0;
        try {
            after = std::stoll(cursor, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != cursor.size() || after < 0) throw ProtocolError("the cursor is not one this server issued");
    }
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT seq, body FROM feed WHERE seq > ? ORDER BY seq LIMIT ?");
    s.integer(1, after).integer(2, limit + 1);
    FeedPage page;
    std::int64_t last = after;
    while (s.step()) {
        if (static_cast<int>(page.changes.size()) == limit) {
            page.more = true;
            break;
        }
        last = s.column_int(0);
        page.changes.push_back(s.column_text(1));
    }
    page.cursor = std::to_string(last);
    return page;
}

std::map<std::string, std::int64_t> ServerStore::count_by_kind() {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT kind, count(DISTINCT uuid) FROM records GROUP BY kind ORDER BY kind");
    std::map<std::string, std::int64_t> out;
    while (s.step()) out[s.column_text(0)] = s.column_int(1);
    return out;
}

std::int64_t ServerStore::copies_of(const std::string& uuid) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FROM records WHERE uuid = ?");
    s.text(1, uuid);
    s.step();
    return s.column_int(0);
}

}  // namespace kiosk::sync::server
