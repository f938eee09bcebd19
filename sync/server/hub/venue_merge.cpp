#include "sync/server/hub/venue_merge.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;

namespace {

std::string key_of(const json& data, const std::string& fallback) {
    if (data.contains("uuid") && data["uuid"].is_string()) return data["uuid"].get<std::string>();
    if (data.contains("id") && data["id"].is_number_integer()) return "id:" + std::to_string(data["id"].get<std::int64_t>());
    return fallback;
}

}  // namespace

std::vector<EntityWrite> VenueMerge::apply_message(const StoredMessage& m, const VenueState&) {
    // Feedback is anonymous and for the social work team only: no device receives it back.
    if (m.kind == "feedback") return {};
    const json payload = json::parse(m.payload);
    return {EntityWrite{.kind = m.kind, .key = key_of(payload, m.uuid), .data = payload, .audience = {}, .audit_action = {}}};
}

std::vector<EntityWrite> VenueMerge::apply_upstream(const json& change, const VenueState&) {
    const json& data = change.at("data");
    const std::string kind = change.at("kind").get<std::string>();
    return {EntityWrite{.kind = kind, .key = key_of(data, kind), .data = data, .audience = {}, .audit_action = {}}};
}

}  // namespace kiosk::sync::server::hub
