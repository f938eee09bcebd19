#include "sync/server/server_store.hpp"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sqlite3.h>

#include <array>
#include <chrono>

#include "sync/protocol/audit_head.hpp"
#include "sync/server/audit_rewrite.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"

namespace kiosk::sync::server {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA page_size = 16384;
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
CREATE TABLE IF NOT EXISTS enrolment_tokens (
  token_hash TEXT PRIMARY KEY,
  device_id  TEXT NOT NULL,
  issued_at  INTEGER NOT NULL,
  used_at    INTEGER
);
CREATE TABLE IF NOT EXISTS device_keys (
  device_id  TEXT PRIMARY KEY,
  public_key BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS server_keys (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  public_key BLOB NOT NULL,
  secret_key BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_heads (
  device_id TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  seen_at   INTEGER NOT NULL,
  PRIMARY KEY (device_id, seq)
);
CREATE TABLE IF NOT EXISTS history_rewrites (
  id        INTEGER PRIMARY KEY,
  device_id TEXT NOT NULL,
  claimed   TEXT NOT NULL,
  seen_at   INTEGER NOT NULL
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
    Stmt& blob(int index, const std::uint8_t* data, std::size_t size) {
        sqlite3_bind_blob(stmt_, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
        return *this;
    }
    std::vector<std::uint8_t> column_blob(int column) const {
        const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
        return p == nullptr ? std::vector<std::uint8_t>{}
                            : std::vector<std::uint8_t>(p, p + sqlite3_column_bytes(stmt_, column));
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

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
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
    load_or_make_sealing_keys();
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

std::string ServerStore::issue_enrolment_token(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    std::string token = random_token();
    Stmt s(db_, "INSERT INTO enrolment_tokens (token_hash, device_id, issued_at) VALUES (?, ?, ?)");
    s.text(1, sha256_hex(token)).text(2, device_id).integer(3, unix_now()).step();
    return token;
}

std::optional<EnrolAnswer> ServerStore::enrol(const EnrolRequest& request) {
    const auto key = decode_base64(request.public_key);
    if (!key || key->size() != 32) throw ProtocolError("public_key is not base64 of a 32-byte Ed25519 key");
    const std::lock_guard lock(mutex_);
    return in_transaction(db_, [&]() -> std::optional<EnrolAnswer> {
        // Marking the token used and reading its device is one statement: a second use,
        // however close behind, finds used_at set and changes nothing.
        Stmt use(db_, "UPDATE enrolment_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL "
                      "RETURNING device_id");
        use.integer(1, unix_now()).text(2, sha256_hex(request.token));
        if (!use.step()) return std::nullopt;
        EnrolAnswer answer;
        answer.device_id = use.column_text(0);
        while (use.step()) {
        }
        answer.device_token = random_token();
        Stmt device(db_, "INSERT INTO devices (device_id, token_hash) VALUES (?, ?) "
                         "ON CONFLICT(device_id) DO UPDATE SET token_hash = excluded.token_hash");
        device.text(1, answer.device_id).text(2, sha256_hex(answer.device_token)).step();
        Stmt keys(db_, "INSERT INTO device_keys (device_id, public_key) VALUES (?, ?) "
                       "ON CONFLICT(device_id) DO UPDATE SET public_key = excluded.public_key");
        keys.text(1, answer.device_id).blob(2, key->data(), key->size()).step();
        answer.sealing_public_key = encode_base64(sealing_keys_.public_key.data(), 32);
        return answer;
    });
}

std::optional<std::vector<std::uint8_t>> ServerStore::device_public_key(const std::string& device_id) {
    Stmt s(db_, "SELECT public_key FROM device_keys WHERE device_id = ?");
    s.text(1, device_id);
    if (!s.step()) return std::nullopt;
    return s.column_blob(0);
}

std::string ServerStore::check_audit_head(const std::string& device_id, const ReceivedBatch& batch,
                                          std::int64_t now) {
    std::vector<AuditHead> recent;  // newest first
    {
        Stmt s(db_, "SELECT seq, hash FROM audit_heads WHERE device_id = ? ORDER BY seq DESC LIMIT 2");
        s.text(1, device_id);
        while (s.step()) recent.push_back({s.column_int(0), s.column_text(1)});
    }
    if (!batch.audit_head) return recent.empty() ? "" : "the batch has no audit_head, but this device has shown one before";
    const auto head = parse_audit_head(*batch.audit_head);
    if (!head) return "the batch's audit_head is not <seq>:<64 hex digits>";
    if (std::string why = rewrite_evidence(recent, *head, batch.audit_anchor); !why.empty()) {
        Stmt flag(db_, "INSERT INTO history_rewrites (device_id, claimed, seen_at) VALUES (?, ?, ?)");
        flag.text(1, device_id).text(2, *batch.audit_head).integer(3, now).step();
        return why;
    }
    Stmt keep(db_, "INSERT INTO audit_heads (device_id, seq, hash, seen_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(device_id, seq) DO NOTHING");
    keep.text(1, device_id).integer(2, head->seq).text(3, head->hash_hex).integer(4, now).step();
    return {};
}

std::int64_t ServerStore::audit_seen(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT coalesce(max(seq), 0) FROM audit_heads WHERE device_id = ?");
    s.text(1, device_id);
    s.step();
    return s.column_int(0);
}

std::int64_t ServerStore::history_rewrites(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT count(*) FROM history_rewrites WHERE device_id = ?");
    s.text(1, device_id);
    s.step();
    return s.column_int(0);
}

std::optional<std::string> ServerStore::stored_payload(const std::string& uuid) {
    const std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT payload FROM records WHERE uuid = ?");
    s.text(1, uuid);
    if (!s.step()) return std::nullopt;
    return s.column_text(0);
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

std::vector<RecordResult> ServerStore::store_batch(ReceivedBatch batch, const std::string& device) {
    const std::lock_guard lock(mutex_);
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    return in_transaction(db_, [&] {
        const auto device_key = device_public_key(device);
        // A history that does not extend what the server saw refuses the whole batch, and is
        // kept in history_rewrites (docs/sync-api.md, "Audit head").
        const std::string rewritten = check_audit_head(device, batch, now);
        Stmt insert(db_, "INSERT INTO records (uuid, kind, schema, created_at, device_id, payload, received_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING");
        Stmt existing(db_, "SELECT kind, payload FROM records WHERE uuid = ?");
        std::vector<RecordResult> results;
        for (auto& received : batch.records) {
            RecordResult result{.uuid = received.uuid, .status = RecordStatus::Rejected, .reason = received.problem};
            if (!received.record) {
                results.push_back(std::move(result));
                continue;
            }
            PushRecord& r = *received.record;
            if (r.device_id != device) {
                result.reason = "the record names a device other than the one whose token sent it";
                results.push_back(std::move(result));
                continue;
            }
            if (!rewritten.empty()) {
                result.reason = rewritten;
                results.push_back(std::move(result));
                continue;
            }
            if (std::string problem = verify_and_open(r, device_key, sealing_keys_); !problem.empty()) {
                result.reason = std::move(problem);
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
