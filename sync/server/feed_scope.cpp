#include "sync/server/feed_scope.hpp"

#include <nlohmann/json.hpp>

#include "sync/protocol/venue_entities.hpp"

namespace kiosk::sync::server {
namespace {

// Fields of the kinds (docs/sync-api.md, "Kinds and fields") that more than one role shares.
const std::vector<std::string_view> kStaffProfile{"uuid", "display_name", "role", "active", "schema"};
// Issue #16: the lobby starts in the family's language once their code is known (the language
// code only: whether an interpreter is needed is for staff); the board shows both.
const std::vector<std::string_view> kChildForLobby{"uuid", "first_name", "date_of_birth", "preferred_language", "schema"};
const std::vector<std::string_view> kChildForTablet{"uuid",      "first_name", "date_of_birth",      "needs",
                                                    "allergies", "medical",    "preferred_language", "interpreter_needed",
                                                    "schema"};
const std::vector<std::string_view> kAgreementWithoutReferral{"uuid", "child_uuid", "created_at", "schema"};

// The lobby shows a booking's visit code, the agreement's rules and approved people (first
// name and relationship), the room and the worker's first name, who is in, and activity ideas
// by age. Never: restricted_*, needs, allergies, medical, notes, records, concerns, alerts,
// risk, referrals, PIN hashes or lock-out counters, how a session ended early.
const FeedScope kLobby{{
    {"venue", {"uuid", "name", "time_zone", "number", "schema"}},
    {"room", {}},
    {"staff", kStaffProfile},
    {"child", kChildForLobby},
    {"adult", {"uuid", "child_uuid", "first_name", "relationship", "schema"}},
    {"agreement", kAgreementWithoutReferral},
    {"agreement_version", {}},
    {"booking",
     {"uuid", "agreement_version_uuid", "child_uuid", "room_uuid", "worker_uuid", "starts_at", "minutes", "visit_code",
      "state", "arrival_windows", "parent_through_at", "started_at", "ended_at",
      // Issue #16: which siblings come (their ages pick the activities; the child kind gives a
      // lobby first names and birth dates only) and their carers' windows, never who brought them.
      "sibling_uuids", "sibling_carer_windows", "schema"}},
    {"check_in", {}},
    {"receipt", {}, true},
}};

// A worker's tablet: what the board and the record need. The child's care needs (the board
// shows allergies and medical needs at every session), the adults' surnames, PIN hashes and
// lock-out counters (staff sign in here), alerts and their acknowledgements, that a concern was
// raised (not its words), the carers' checklist of a placement's comfort call and the
// icebreaker's notes; drafts it owns or that were handed over, its own final records and
// addenda, and reviews; call events and letterbox items (issue #16). Never the restricted fields,
// referrals, risk, the comfort call's conversation, feedback or the held calls' records.
const FeedScope kTablet{{
    {"venue", {}},
    {"room", {}},
    {"staff", {}},
    {"child", kChildForTablet},
    {"adult", {}},
    {"agreement", kAgreementWithoutReferral},
    {"agreement_version", {}},
    {"booking", {}},
    {"alert_acknowledgement", {}},
    {"placement", {}},
    {"comfort_call_state",
     {"uuid", "placement_uuid", "urgent_needs", "comfort_item_and_routine", "allergies_and_medicines",
      "formula_or_baby_food", "nap_and_feeding", "held", "held_at", "ended_early", "ended_calmly", "recorded_by_uuid",
      "schema"}},
    {"icebreaker_state", {}},
    {"record_draft", {}, true},
    {"record_handover", {}},
    {"check_in", {}},
    {"alert", {}},
    {"concern", {"uuid", "session_uuid", "raised_by_uuid", "raised_at", "severity", "schema"}},
    {"observation_record", {}, true},
    {"record_addendum", {}, true},
    {"record_review", {}},
    // Issue #16: a session's call events (the board shows who is on a call, the record when it
    // dropped), and letterbox items with their arrangements, so that any worker can check an item
    // logged elsewhere and every copy shows the decision.
    {"call_event", {}},
    {"letterbox_arrangement", {}},
    {"letterbox_item", {}},
    {"receipt", {}, true},
}};

// Every kind of the venue, whole: what a coordinator and a hub receive.
std::vector<KindScope> everything(bool receipts) {
    std::vector<KindScope> out;
    for (const std::string_view kind : venue_kinds()) {
        if (kind == "receipt") {
            if (receipts) out.push_back({kind, {}, true});
        } else {
            out.push_back({kind, {}});
        }
    }
    return out;
}

// The coordinator runs referral, risk assessment and agreement, reviews every record and
// follows every concern: everything of its venue. Made on first use: the list of kinds is
// another file's static, not yet there while this file's statics are made.
const FeedScope& coordinator_scope() {
    static const FeedScope scope{everything(true)};
    return scope;
}

// A venue hub relays everything of its venue to the venue's devices (each then scoped by the
// hub with this same table), so it receives every kind and field of its venue. Receipts are
// the hub's own, to its devices.
const FeedScope& hub_scope() {
    static const FeedScope scope{everything(false)};
    return scope;
}

}  // namespace

std::vector<std::string> FeedScope::kinds() const {
    std::vector<std::string> out;
    for (const auto& k : kinds_) out.emplace_back(k.kind);
    return out;
}

std::vector<std::string> FeedScope::addressed_kinds() const {
    std::vector<std::string> out;
    for (const auto& k : kinds_) {
        if (k.addressed) out.emplace_back(k.kind);
    }
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
        case DeviceRole::Coordinator: return coordinator_scope();
        case DeviceRole::Hub: return hub_scope();
    }
    return kLobby;
}

}  // namespace kiosk::sync::server
