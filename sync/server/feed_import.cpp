#include "sync/server/feed_import.hpp"

#include <algorithm>
#include <array>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/server/receiver_storage.hpp"
#include "sync/server/referral_language.hpp"

namespace kiosk::sync::server {
using nlohmann::json;

namespace {

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

// A family's rows from earlier imports, for a venue it has just been linked to.
void resend_family(FeedWriter& writer, const std::string& child, std::int64_t venue,
                   const std::set<std::pair<std::string, std::string>>& in_this_file) {
    for (const auto kind : kFamilyKinds) {
        for (const auto& [uuid, body] : writer.family_rows(child, kind)) {
            if (in_this_file.count({std::string(kind), uuid}) == 0) writer.emit(venue, kind, uuid, body);
        }
    }
}

// The child's change body with the family's language needs from the referrals imported so far
// (issue #16, item 10, without a hub): a lobby that syncs with this server is never sent a
// referral, so without the copy on the child it could not start in the family's language.
// Nothing when no referral of the child is known, or when the body already says the same.
std::optional<std::string> child_with_language(FeedWriter& writer, const std::string& child, const std::string& body) {
    std::vector<json> referrals;
    for (const auto& [uuid, referral_body] : writer.family_rows(child, "referral")) {
        referrals.push_back(json::parse(referral_body).at("data"));
    }
    const auto needs = language_from_referrals(referrals);
    if (!needs) return std::nullopt;
    json change = json::parse(body);
    json& data = change.at("data");
    if (data.value("preferred_language", "") == needs->preferred &&
        data.value("interpreter_needed", false) == needs->interpreter_needed && data.contains("preferred_language")) {
        return std::nullopt;
    }
    put_family_language(data, *needs);
    return change.dump();
}

}  // namespace

std::vector<ParsedChange> parse_feed_file(const std::string& feed_json) {
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
    return changes;
}

std::int64_t parse_feed_cursor(const std::string& cursor) {
    if (cursor.empty()) return 0;
    std::int64_t after = 0;
    std::size_t used = 0;
    try {
        after = std::stoll(cursor, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != cursor.size() || after < 0) throw ProtocolError("the cursor is not one this server issued");
    return after;
}

std::size_t import_changes(const std::vector<ParsedChange>& changes, FeedWriter& index) {
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
    // First pass: remember every entity and link families to venues, so that a child that
    // comes before its agreement in the file already belongs where it will go.
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
    // The language on each child whose family's referrals this file brought or changed, before
    // any of it is sent (a family newly linked to a venue is sent its child with it).
    std::set<std::string> language_children;
    for (const auto& c : changes) {
        if (c.kind == "child") language_children.insert(c.uuid);
        if (c.kind == "referral") {
            if (const auto child = uuid_field(c.data, "child_uuid")) language_children.insert(*child);
        }
    }
    std::set<std::string> relanguaged;  // children whose stored body changed, not in this file
    for (const std::string& child : language_children) {
        const auto held = index.family_rows(child, "child");
        if (held.empty()) continue;  // a referral for a child no import has brought yet
        if (const auto body = child_with_language(index, child, held.back().second)) {
            index.remember("child", child, child, std::nullopt, *body);
            if (in_this_file.count({"child", child}) == 0) relanguaged.insert(child);
        }
    }
    for (const auto& [child, venue] : newly_linked) resend_family(index, child, venue, in_this_file);
    // Second pass: the file's own changes, in its order, to each venue they belong to.
    for (const auto& c : changes) {
        if (c.kind == "staff") {
            index.emit(kEveryVenue, c.kind, c.uuid, c.body);
        } else if (c.kind == "venue" || c.kind == "room" || c.kind == "booking") {
            index.emit(index.venue_of(c.kind, c.uuid).value_or(-1), c.kind, c.uuid, c.body);
        } else if (is_family_kind(c.kind)) {
            const auto child = c.kind == "child" ? std::optional<std::string>{c.uuid} : index.child_of(c.kind, c.uuid);
            // A child goes as remembered: with the language its family's referrals give it.
            const std::string body = c.kind == "child" ? index.family_rows(c.uuid, "child").back().second : c.body;
            for (const std::int64_t venue : index.venues_of(child.value_or(""))) {
                index.emit(venue, c.kind, c.uuid, body);
            }
        }
    }
    // A child imported earlier whose family's language this file changed goes again, after the
    // referral that changed it.
    for (const std::string& child : relanguaged) {
        const std::string body = index.family_rows(child, "child").back().second;
        for (const std::int64_t venue : index.venues_of(child)) index.emit(venue, "child", child, body);
    }
    return changes.size();
}

}  // namespace kiosk::sync::server
