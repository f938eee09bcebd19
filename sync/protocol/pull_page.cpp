#include "sync/protocol/pull_page.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::sync {
namespace {
using nlohmann::json;

PulledChange read_change(const json& change) {
    if (!change.is_object() || !change.contains("kind") || !change["kind"].is_string() || !change.contains("data")) {
        throw ProtocolError("a pulled change needs a kind and data");
    }
    const std::string& kind = change["kind"].get_ref<const std::string&>();
    if (!is_venue_kind(kind)) throw ProtocolError("a pulled change has an unknown kind");
    return decode_entity(kind, change["data"], "pulled");
}

}  // namespace

PullPage decode_pull_page(const std::string& body) {
    const json doc = parse_bounded_json(body, "pull page");
    if (!doc.is_object()) throw ProtocolError("the pull page is not a JSON object");
    const auto changes = doc.find("changes");
    const auto cursor = doc.find("cursor");
    const auto more = doc.find("more");
    if (changes == doc.end() || !changes->is_array() || cursor == doc.end() || !cursor->is_string() ||
        more == doc.end() || !more->is_boolean()) {
        throw ProtocolError("the pull page needs changes, cursor and more");
    }
    PullPage page;
    page.cursor = cursor->get<std::string>();
    // The cursor goes back into a URL as it is: only what a server issues, nothing to quote.
    const bool plain = page.cursor.size() <= 64 &&
                       std::all_of(page.cursor.begin(), page.cursor.end(), [](char c) {
                           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                  c == '-' || c == '_' || c == '.';
                       });
    if (!plain) throw ProtocolError("the pull page's cursor is not one a server issues");
    page.more = more->get<bool>();
    for (const auto& change : *changes) page.changes.push_back(read_change(change));
    return page;
}

void validate_change(const std::string& change_json) { (void)decode_change(change_json); }

PulledChange decode_change(const std::string& change_json) {
    return read_change(parse_bounded_json(change_json, "change"));
}

std::string encode_change(const PulledChange& change) {
    return json{{"kind", kind_of(change)}, {"data", to_json(change)}}.dump();
}

std::string encode_pull_page(const std::vector<std::string>& change_json, const std::string& cursor, bool more) {
    json changes = json::array();
    for (const auto& c : change_json) changes.push_back(json::parse(c));
    return json{{"changes", std::move(changes)}, {"cursor", cursor}, {"more", more}}.dump();
}

}  // namespace kiosk::sync
