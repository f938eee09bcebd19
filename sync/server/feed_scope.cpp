#include "sync/server/feed_scope.hpp"

#include <nlohmann/json.hpp>

namespace kiosk::sync::server {
namespace {

// The lobby shows a booking's visit code, the agreement's rules and approved people (first
// name and relationship), the room and the worker's first name, and activity ideas by age.
const FeedScope kLobby{{
    {"venue", {"schema", "uuid", "name", "time_zone"}},
    {"room", {}},
    {"staff", {"schema", "uuid", "display_name", "role", "active"}},
    {"child", {"schema", "uuid", "first_name", "date_of_birth"}},
    {"adult", {"schema", "uuid", "child_uuid", "first_name", "relationship"}},
    {"agreement", {"schema", "uuid", "child_uuid", "created_at"}},
    {"agreement_version", {}},
    {"booking", {}},
}};

// A worker's tablet also needs the child's care needs (the staff board shows allergies and
// medical needs at every session) and the adults' surnames for the record; never the
// restricted fields, the referral or the social worker's notes.
const FeedScope kTablet{{
    {"venue", {}},
    {"room", {}},
    {"staff", {}},
    {"child", {"schema", "uuid", "first_name", "date_of_birth", "needs", "allergies", "medical"}},
    {"adult", {}},
    {"agreement", {"schema", "uuid", "child_uuid", "created_at"}},
    {"agreement_version", {}},
    {"booking", {}},
}};

// The coordinator runs referral, risk assessment and agreement: everything of the venue.
const FeedScope kCoordinator{{
    {"venue", {}},
    {"room", {}},
    {"staff", {}},
    {"child", {}},
    {"adult", {}},
    {"referral", {}},
    {"agreement", {}},
    {"agreement_version", {}},
    {"booking", {}},
}};

}  // namespace

std::vector<std::string> FeedScope::kinds() const {
    std::vector<std::string> out;
    for (const auto& k : kinds_) out.emplace_back(k.kind);
    return out;
}

std::string FeedScope::filter(const std::string& change_json) const {
    nlohmann::json change = nlohmann::json::parse(change_json);
    const std::string kind = change.at("kind").get<std::string>();
    for (const auto& k : kinds_) {
        if (k.kind != kind) continue;
        if (k.fields.empty()) return change_json;
        nlohmann::json kept = nlohmann::json::object();
        const nlohmann::json& data = change.at("data");
        for (const auto field : k.fields) {
            const auto it = data.find(field);
            if (it != data.end()) kept[std::string(field)] = *it;
        }
        return nlohmann::json{{"kind", kind}, {"data", std::move(kept)}}.dump();
    }
    // The store is asked only for this role's kinds; a stray one goes nowhere near the device.
    throw std::logic_error("a pulled change of a kind outside the role's scope");
}

const FeedScope& feed_scope(DeviceRole role) {
    switch (role) {
        case DeviceRole::Lobby: return kLobby;
        case DeviceRole::Tablet: return kTablet;
        case DeviceRole::Coordinator: return kCoordinator;
    }
    return kLobby;
}

}  // namespace kiosk::sync::server
