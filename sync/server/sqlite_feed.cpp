// SqliteStorage: the pull feed, with the venue each change belongs to (feed_import.hpp decides
// where each change goes; this file keeps it).
#include <nlohmann/json.hpp>

#include "sync/server/feed_import.hpp"
#include "sync/server/server_sql.hpp"
#include "sync/server/sqlite_storage.hpp"

namespace kiosk::sync::server {
using nlohmann::json;
using sql::Stmt;

namespace {

class SqliteFeedWriter final : public FeedWriter {
public:
    explicit SqliteFeedWriter(sqlite3* db) : db_(db) {}

    std::optional<std::int64_t> venue_of(std::string_view kind, const std::string& uuid) override {
        Stmt s(db_, "SELECT venue_id FROM feed_entities WHERE kind = ? AND uuid = ?");
        s.text(1, std::string(kind)).text(2, uuid);
        if (!s.step() || s.column_is_null(0)) return std::nullopt;
        return s.column_int(0);
    }

    std::optional<std::string> child_of(std::string_view kind, const std::string& uuid) override {
        Stmt s(db_, "SELECT child_uuid FROM feed_entities WHERE kind = ? AND uuid = ?");
        s.text(1, std::string(kind)).text(2, uuid);
        if (!s.step() || s.column_is_null(0)) return std::nullopt;
        return s.column_text(0);
    }

    void remember(std::string_view kind, const std::string& uuid, const std::optional<std::string>& child,
                  std::optional<std::int64_t> venue, const std::string& body) override {
        // An upsert keeps the row's rowid, so family_rows keeps the order first remembered.
        Stmt s(db_, "INSERT INTO feed_entities (kind, uuid, child_uuid, venue_id, body) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(kind, uuid) DO UPDATE SET child_uuid = excluded.child_uuid, "
                    "venue_id = excluded.venue_id, body = excluded.body");
        s.text(1, std::string(kind)).text(2, uuid).text(5, body);
        child ? s.text(3, *child) : s.null(3);
        venue ? s.integer(4, *venue) : s.null(4);
        s.step();
    }

    bool link(const std::string& child, std::int64_t venue) override {
        Stmt s(db_, "INSERT INTO child_venues (child_uuid, venue_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        s.text(1, child).integer(2, venue).step();
        return sqlite3_changes(db_) == 1;
    }

    std::vector<std::int64_t> venues_of(const std::string& child) override {
        Stmt s(db_, "SELECT venue_id FROM child_venues WHERE child_uuid = ? ORDER BY venue_id");
        s.text(1, child);
        std::vector<std::int64_t> out;
        while (s.step()) out.push_back(s.column_int(0));
        return out;
    }

    void emit(std::int64_t venue, std::string_view kind, const std::string& uuid, const std::string& body) override {
        Stmt s(db_, "INSERT INTO feed (venue_id, kind, entity_uuid, body) VALUES (?, ?, ?, ?)");
        s.integer(1, venue).text(2, std::string(kind)).text(3, uuid).text(4, body).step();
    }

    std::vector<std::pair<std::string, std::string>> family_rows(const std::string& child,
                                                                 std::string_view kind) override {
        Stmt s(db_, "SELECT uuid, body FROM feed_entities WHERE child_uuid = ? AND kind = ? ORDER BY rowid");
        s.text(1, child).text(2, std::string(kind));
        std::vector<std::pair<std::string, std::string>> rows;
        while (s.step()) rows.emplace_back(s.column_text(0), s.column_text(1));
        return rows;
    }

private:
    sqlite3* db_;
};

}  // namespace

std::size_t SqliteStorage::import_feed(const std::string& feed_json) {
    const std::vector<ParsedChange> changes = parse_feed_file(feed_json);
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        SqliteFeedWriter writer(db_);
        return import_changes(changes, writer);
    });
}

FeedPage SqliteStorage::changes_after(const std::string& cursor, int limit, std::int64_t venue_id,
                                      const std::vector<std::string>& kinds) {
    const std::int64_t after = parse_feed_cursor(cursor);
    const std::lock_guard lock(mutex_);
    // One connection and one writer: a row with a smaller seq can never commit after a larger
    // one, so the cursor never passes a change still to come.
    Stmt s(db_, "SELECT seq, body FROM feed WHERE seq > ? AND venue_id IN (?, ?) "
                "AND kind IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?");
    s.integer(1, after).integer(2, kEveryVenue).integer(3, venue_id).text(4, json(kinds).dump()).integer(5, limit + 1);
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

}  // namespace kiosk::sync::server
