// PostgresStorage: the pull feed (feed_import.hpp decides where each change goes).
//
// The cursor is feed.seq, and several receivers serve it. A sequence alone is not enough: two
// imports running at once would take seq numbers in one order and could commit in the other,
// and a device that read the later one's rows first would move its cursor past rows still to
// commit, and never receive them. So an import holds one advisory lock from before its first
// row to its commit: imports append one after another, every seq of a committed import is
// smaller than every seq of the next, and a page read at any moment ends where a later page
// can begin (test: "two receivers importing at once never let a reader skip a change").
#include <nlohmann/json.hpp>

#include "sync/server/feed_import.hpp"
#include "sync/server/postgres/pg_storage.hpp"

namespace kiosk::sync::server {
namespace {

std::string number(std::int64_t n) { return std::to_string(n); }

class PgFeedWriter final : public FeedWriter {
public:
    explicit PgFeedWriter(pg::Connection& c) : c_(c) {}

    std::optional<std::int64_t> venue_of(std::string_view kind, const std::string& uuid) override {
        const auto r = c_.exec("SELECT venue_id FROM feed_entities WHERE kind = $1 AND uuid = $2",
                               {std::string(kind), uuid});
        if (r.rows() == 0 || r.is_null(0, 0)) return std::nullopt;
        return r.integer(0, 0);
    }

    std::optional<std::string> child_of(std::string_view kind, const std::string& uuid) override {
        const auto r = c_.exec("SELECT child_uuid FROM feed_entities WHERE kind = $1 AND uuid = $2",
                               {std::string(kind), uuid});
        if (r.rows() == 0 || r.is_null(0, 0)) return std::nullopt;
        return r.text(0, 0);
    }

    void remember(std::string_view kind, const std::string& uuid, const std::optional<std::string>& child,
                  std::optional<std::int64_t> venue, const std::string& body) override {
        // The update leaves `position` as it was: family_rows keeps the order first remembered.
        c_.exec("INSERT INTO feed_entities (kind, uuid, child_uuid, venue_id, body) VALUES ($1, $2, $3, $4, $5) "
                "ON CONFLICT (kind, uuid) DO UPDATE SET child_uuid = excluded.child_uuid, "
                "venue_id = excluded.venue_id, body = excluded.body",
                {std::string(kind), uuid, child, venue ? pg::Param{number(*venue)} : std::nullopt, body});
    }

    bool link(const std::string& child, std::int64_t venue) override {
        return c_.exec("INSERT INTO child_venues (child_uuid, venue_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                       {child, number(venue)})
                   .affected() == 1;
    }

    std::vector<std::int64_t> venues_of(const std::string& child) override {
        const auto r = c_.exec("SELECT venue_id FROM child_venues WHERE child_uuid = $1 ORDER BY venue_id", {child});
        std::vector<std::int64_t> out;
        for (int row = 0; row < r.rows(); ++row) out.push_back(r.integer(row, 0));
        return out;
    }

    void emit(std::int64_t venue, std::string_view kind, const std::string& uuid, const std::string& body) override {
        c_.exec("INSERT INTO feed (venue_id, kind, entity_uuid, body) VALUES ($1, $2, $3, $4)",
                {number(venue), std::string(kind), uuid, body});
    }

    std::vector<std::pair<std::string, std::string>> family_rows(const std::string& child,
                                                                 std::string_view kind) override {
        const auto r = c_.exec("SELECT uuid, body FROM feed_entities WHERE child_uuid = $1 AND kind = $2 ORDER BY position",
                               {child, std::string(kind)});
        std::vector<std::pair<std::string, std::string>> rows;
        for (int row = 0; row < r.rows(); ++row) rows.emplace_back(r.text(row, 0), r.text(row, 1));
        return rows;
    }

private:
    pg::Connection& c_;
};

}  // namespace

std::size_t PostgresStorage::import_feed(const std::string& feed_json) {
    const std::vector<ParsedChange> changes = parse_feed_file(feed_json);
    auto c = pool_->acquire();
    return pg::in_transaction(*c, [&] {
        // Until commit: imports append to the feed one at a time (see the top of this file).
        c->exec("SELECT pg_advisory_xact_lock($1, $2)",
                {std::to_string(pg_locks::kProgram), std::to_string(pg_locks::kFeed)});
        PgFeedWriter writer(*c);
        return import_changes(changes, writer);
    });
}

FeedPage PostgresStorage::changes_after(const std::string& cursor, int limit, std::int64_t venue_id,
                                        const std::vector<std::string>& kinds) {
    const std::int64_t after = parse_feed_cursor(cursor);
    auto c = pool_->acquire();
    const auto r = c->exec("SELECT seq, body FROM feed WHERE seq > $1 AND venue_id IN ($2, $3) "
                           "AND kind IN (SELECT json_array_elements_text($4::json)) ORDER BY seq LIMIT $5",
                           {number(after), number(kEveryVenue), number(venue_id), nlohmann::json(kinds).dump(),
                            number(limit + 1)});
    FeedPage page;
    std::int64_t last = after;
    for (int row = 0; row < r.rows(); ++row) {
        if (static_cast<int>(page.changes.size()) == limit) {
            page.more = true;
            break;
        }
        last = r.integer(row, 0);
        page.changes.push_back(r.text(row, 1));
    }
    page.cursor = std::to_string(last);
    return page;
}

}  // namespace kiosk::sync::server
