// ServerStore: the pull feed, with the venue each change belongs to (docs/sync-api.md,
// "Which venue a change belongs to"). Entities are named by UUID (docs/sync-api.md, "The
// venue"); a venue is the number devices are enrolled for, derived, never guessed:
//   venue            its number
//   room             the venue its venue_uuid names
//   booking          the venue of its room
//   staff            every venue (the authority's staff list)
//   child, adult, referral, risk_assessment, agreement, agreement_version, placement: the
//     family's venues, i.e. every venue a referral names (venue_uuid), or a room of one of its
//     agreement versions or bookings is at.
// A family linked to a venue by a later import is sent to that venue then, with its earlier
// rows first; a family no venue is linked to yet is held until one is.
#include <nlohmann/json.hpp>

#include <set>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/server/server_sql.hpp"
#include "sync/server/server_store.hpp"

namespace kiosk::sync::server {
using nlohmann::json;
using sql::Stmt;

namespace {

constexpr std::int64_t kEveryVenue = 0;
// The order a family's rows are sent in, so that each finds what it refers to on the device.
constexpr std::array<std::string_view, 7> kFamilyKinds{"child",     "adult",             "referral", "risk_assessment",
                                                       "agreement", "agreement_version", "placement"};
// What the social work team's systems send. Everything else comes from the venue's devices.
constexpr std::array<std::string_view, 4> kOtherImportKinds{"venue", "room", "staff", "booking"};

bool is_family_kind(std::string_view kind) {
    return std::find(kFamilyKinds.begin(), kFamilyKinds.end(), kind) != kFamilyKinds.end();
}

bool is_import_kind(std::string_view kind) {
    return is_family_kind(kind) ||
           std::find(kOtherImportKinds.begin(), kOtherImportKinds.end(), kind) != kOtherImportKinds.end();
}

std::optional<std::string> uuid_field(const json& data, const char* name) {
    const auto it = data.find(name);
    if (it == data.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

class FeedIndex {
public:
    explicit FeedIndex(sqlite3* db) : db_(db) {}

    std::optional<std::int64_t> venue_of(std::string_view kind, const std::string& uuid) {
        Stmt s(db_, "SELECT venue_id FROM feed_entities WHERE kind = ? AND uuid = ?");
        s.text(1, std::string(kind)).text(2, uuid);
        if (!s.step() || s.column_is_null(0)) return std::nullopt;
        return s.column_int(0);
    }

    std::optional<std::string> child_of(std::string_view kind, const std::string& uuid) {
        Stmt s(db_, "SELECT child_uuid FROM feed_entities WHERE kind = ? AND uuid = ?");
        s.text(1, std::string(kind)).text(2, uuid);
        if (!s.step() || s.column_is_null(0)) return std::nullopt;
        return s.column_text(0);
    }

    void remember(std::string_view kind, const std::string& uuid, const std::optional<std::string>& child,
                  std::optional<std::int64_t> venue, const std::string& body) {
        Stmt s(db_, "INSERT INTO feed_entities (kind, uuid, child_uuid, venue_id, body) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(kind, uuid) DO UPDATE SET child_uuid = excluded.child_uuid, "
                    "venue_id = excluded.venue_id, body = excluded.body");
        s.text(1, std::string(kind)).text(2, uuid).text(5, body);
        child ? s.text(3, *child) : s.null(3);
        venue ? s.integer(4, *venue) : s.null(4);
        s.step();
    }

    // True when the family was not at this venue before.
    bool link(const std::string& child, std::int64_t venue) {
        Stmt s(db_, "INSERT INTO child_venues (child_uuid, venue_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        s.text(1, child).integer(2, venue).step();
        return sqlite3_changes(db_) == 1;
    }

    std::vector<std::int64_t> venues_of(const std::string& child) {
        Stmt s(db_, "SELECT venue_id FROM child_venues WHERE child_uuid = ? ORDER BY venue_id");
        s.text(1, child);
        std::vector<std::int64_t> out;
        while (s.step()) out.push_back(s.column_int(0));
        return out;
    }

    void emit(std::int64_t venue, std::string_view kind, const std::string& uuid, const std::string& body) {
        Stmt s(db_, "INSERT INTO feed (venue_id, kind, entity_uuid, body) VALUES (?, ?, ?, ?)");
        s.integer(1, venue).text(2, std::string(kind)).text(3, uuid).text(4, body).step();
    }

    // A family's rows from earlier imports, for a venue it has just been linked to.
    void resend_family(const std::string& child, std::int64_t venue,
                       const std::set<std::pair<std::string, std::string>>& in_this_file) {
        for (const auto kind : kFamilyKinds) {
            Stmt s(db_, "SELECT uuid, body FROM feed_entities WHERE child_uuid = ? AND kind = ? ORDER BY rowid");
            s.text(1, child).text(2, std::string(kind));
            while (s.step()) {
                const std::string uuid = s.column_text(0);
                if (in_this_file.count({std::string(kind), uuid}) == 0) emit(venue, kind, uuid, s.column_text(1));
            }
        }
    }

private:
    sqlite3* db_;
};

struct ParsedChange {
    std::string kind;
    std::string uuid;
    json data;
    std::string body;
};

// The siblings a version or booking names; a malformed list was refused by validate_change.
std::vector<std::string> sibling_uuids(const json& data) {
    std::vector<std::string> out;
    const auto it = data.find("sibling_uuids");
    if (it == data.end() || !it->is_array()) return out;
    for (const auto& uuid : *it) {
        if (uuid.is_string()) out.push_back(uuid.get<std::string>());
    }
    return out;
}

}  // namespace

std::size_t ServerStore::import_feed(const std::string& feed_json) {
    const json doc = parse_bounded_json(feed_json, "feed file");
    if (!doc.is_object() || !doc.contains("changes") || !doc["changes"].is_array()) {
        throw ProtocolError("the feed file must be a JSON object with a changes list");
    }
    std::vector<ParsedChange> changes;
    for (const auto& change : doc["changes"]) {
        ParsedChange parsed{.kind = {}, .uuid = {}, .data = {}, .body = change.dump()};
        validate_change(parsed.body);  // throws ProtocolError naming the fault
        parsed.kind = change["kind"].get<std::string>();
        if (!is_import_kind(parsed.kind)) {
            throw ProtocolError("a feed file holds venues, rooms, staff, families and bookings; a " + parsed.kind +
                                " comes from the venue's devices");
        }
        parsed.data = change["data"];
        parsed.uuid = uuid_field(parsed.data, "uuid").value_or("");
        // Feed rows for every venue are kept under venue 0, so no real venue may have it.
        if (parsed.kind == "venue" && parsed.data.value("number", 0) < 1) {
            throw ProtocolError("a venue in a feed file needs its number (1 or more: the venue devices enrol for)");
        }
        changes.push_back(std::move(parsed));
    }
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        FeedIndex index(db_);
        std::set<std::pair<std::string, std::string>> in_this_file;
        std::vector<std::pair<std::string, std::int64_t>> newly_linked;  // child, venue
        const auto room_venue = [&](const std::string& room) {
            const auto venue = index.venue_of("room", room);
            if (!venue) throw ProtocolError("a change names a room that no imported room has");
            return *venue;
        };
        const auto child_via = [&](std::string_view kind, const json& data, const char* field) {
            const auto parent = uuid_field(data, field);
            auto child = parent ? index.child_of(kind, *parent) : std::nullopt;
            if (!child) throw ProtocolError("a change names a " + std::string(kind) + " that no import has");
            return child;
        };
        // First pass: remember every entity and link families to venues, so that a child
        // that comes before its agreement in the file already belongs where it will go.
        for (const auto& c : changes) {
            in_this_file.insert({c.kind, c.uuid});
            std::optional<std::string> child;
            std::optional<std::int64_t> venue;
            if (c.kind == "venue") venue = c.data["number"].get<std::int64_t>();
            if (c.kind == "room") {
                const auto of = uuid_field(c.data, "venue_uuid");
                venue = of ? index.venue_of("venue", *of) : std::nullopt;
                if (!venue) throw ProtocolError("a room names a venue that no import has");
            }
            if (c.kind == "child") child = c.uuid;
            if (c.kind == "adult" || c.kind == "referral" || c.kind == "agreement" || c.kind == "booking" ||
                c.kind == "placement") {
                child = uuid_field(c.data, "child_uuid");
            }
            if (c.kind == "agreement_version") child = child_via("agreement", c.data, "agreement_uuid");
            if (c.kind == "risk_assessment") child = child_via("referral", c.data, "referral_uuid");
            if (const auto room = uuid_field(c.data, "room_uuid");
                room && (c.kind == "booking" || c.kind == "agreement_version")) {
                venue = room_venue(*room);
            }
            if (c.kind == "referral") {
                if (const auto of = uuid_field(c.data, "venue_uuid")) venue = index.venue_of("venue", *of);
            }
            index.remember(c.kind, c.uuid, child, venue, c.body);
            if (child && venue && (c.kind == "referral" || c.kind == "agreement_version" || c.kind == "booking")) {
                if (index.link(*child, *venue)) newly_linked.emplace_back(*child, *venue);
            }
            // A brother or sister who comes to the session (issue #16) belongs to its venue too,
            // with or without a referral of their own: the venue's devices need them before it.
            if (venue && (c.kind == "agreement_version" || c.kind == "booking")) {
                for (const std::string& sibling : sibling_uuids(c.data)) {
                    if (index.link(sibling, *venue)) newly_linked.emplace_back(sibling, *venue);
                }
            }
        }
        for (const auto& [child, venue] : newly_linked) index.resend_family(child, venue, in_this_file);
        // Second pass: the file's own changes, in its order, to each venue they belong to.
        for (const auto& c : changes) {
            if (c.kind == "staff") {
                index.emit(kEveryVenue, c.kind, c.uuid, c.body);
            } else if (c.kind == "venue" || c.kind == "room" || c.kind == "booking") {
                index.emit(index.venue_of(c.kind, c.uuid).value_or(-1), c.kind, c.uuid, c.body);
            } else if (is_family_kind(c.kind)) {
                const auto child = c.kind == "child" ? std::optional<std::string>{c.uuid} : index.child_of(c.kind, c.uuid);
                for (const std::int64_t venue : index.venues_of(child.value_or(""))) {
                    index.emit(venue, c.kind, c.uuid, c.body);
                }
            }
        }
        return changes.size();
    });
}

FeedPage ServerStore::changes_after(const std::string& cursor, int limit, std::int64_t venue_id,
                                    const std::vector<std::string>& kinds) {
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
