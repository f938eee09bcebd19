// HubStore: the devices' feed. Each change is an entity's current snapshot with seq > after,
// of the kinds the device's role receives. Parents come first: an entity names others by uuid
// (`*_uuid`, `*_uuids`), and one changed later (a child edited after its agreement was made)
// has a later seq than what names it, so a page sends such a parent ahead of the entity that
// names it, even when the parent's own seq is further on (the device then meets it twice,
// which an upsert does not mind). A device can always apply a page on its own.
#include <set>

#include "sync/server/hub/hub_store.hpp"
#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;
using sql::Stmt;

namespace {

constexpr int kMaxParentDepth = 6;

struct Row {
    HubChange change;
    std::string origin;
    std::string audience;
};

Row read_row(const Stmt& s) {
    return {{s.column_int(0), s.column_text(1), s.column_text(2), s.column_text(3)}, s.column_text(4), s.column_text(5)};
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    for (const auto& item : list) {
        if (item == value) return true;
    }
    return false;
}

bool visible(const Row& row, const FeedFilter& filter) {
    if (!contains(filter.kinds, row.change.kind)) return false;
    if (!contains(filter.addressed_kinds, row.change.kind)) return true;
    return row.audience.empty() || row.audience == filter.device_id;
}

std::vector<std::string> references(const std::string& body) {
    std::vector<std::string> out;
    const json doc = json::parse(body);
    for (const auto& [name, value] : doc.at("data").items()) {
        const bool one = name.size() > 5 && name.compare(name.size() - 5, 5, "_uuid") == 0;
        const bool many = name.size() > 6 && name.compare(name.size() - 6, 6, "_uuids") == 0;
        if (one && value.is_string()) out.push_back(value.get<std::string>());
        if (many && value.is_array()) {
            for (const auto& item : value) {
                if (item.is_string()) out.push_back(item.get<std::string>());
            }
        }
    }
    return out;
}

class PageBuilder {
public:
    PageBuilder(sqlite3* db, std::int64_t after, const FeedFilter& filter) : db_(db), after_(after), filter_(filter) {}

    void emit(const Row& row, int depth) {
        if (!emitted_.insert({row.change.kind, row.change.key}).second) return;
        if (depth < kMaxParentDepth) {
            for (const std::string& uuid : references(row.change.body)) {
                Stmt parent(db_, "SELECT seq, kind, key, body, coalesce(origin_device, ''), coalesce(audience, '') "
                                 "FROM hub_entities WHERE key = ? AND seq > ?");
                parent.text(1, uuid).integer(2, after_);
                std::vector<Row> found;
                while (parent.step()) found.push_back(read_row(parent));
                for (const Row& p : found) {
                    if (visible(p, filter_)) emit(p, depth + 1);
                }
            }
        }
        out_.push_back(row.change);
    }

    std::vector<HubChange> take() { return std::move(out_); }

private:
    sqlite3* db_;
    std::int64_t after_;
    const FeedFilter& filter_;
    std::set<std::pair<std::string, std::string>> emitted_;
    std::vector<HubChange> out_;
};

// One read transaction, so the page and the cursor come from the same moment.
class ReadTransaction {
public:
    explicit ReadTransaction(sqlite3* db) : db_(db) {
        if (const int rc = sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr); rc != SQLITE_OK) sql::fail(db_, rc);
    }
    ~ReadTransaction() { sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr); }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* db_;
};

}  // namespace

HubPage HubStore::changes_after(std::int64_t after, int limit, const FeedFilter& filter) {
    const std::lock_guard lock(mutex_);
    const ReadTransaction read(db_);
    Stmt s(db_, "SELECT seq, kind, key, body, coalesce(origin_device, ''), coalesce(audience, '') "
                "FROM hub_entities WHERE seq > ?1 AND kind IN (SELECT value FROM json_each(?2)) "
                "AND (kind NOT IN (SELECT value FROM json_each(?4)) OR audience IS NULL OR audience = ?3) "
                "ORDER BY seq LIMIT ?5");
    s.integer(1, after).text(2, json(filter.kinds).dump()).text(3, filter.device_id);
    s.text(4, json(filter.addressed_kinds).dump()).integer(5, limit + 1);
    std::vector<Row> rows;
    while (s.step()) rows.push_back(read_row(s));
    s.reset();
    HubPage page;
    page.more = static_cast<int>(rows.size()) > limit;
    if (page.more) rows.resize(static_cast<std::size_t>(limit));
    if (page.more) {
        page.cursor = rows.back().change.seq;
    } else {
        // Nothing more for this device: past every change of this moment, so that the next
        // request does not scan again what it may not see.
        Stmt last(db_, "SELECT coalesce(max(seq), 0) FROM hub_entities");
        last.step();
        page.cursor = std::max(after, last.column_int(0));
    }
    PageBuilder builder(db_, after, filter);
    for (const Row& row : rows) builder.emit(row, 0);
    page.changes = builder.take();
    return page;
}

}  // namespace kiosk::sync::server::hub
