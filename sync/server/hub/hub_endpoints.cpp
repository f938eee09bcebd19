// VenueHub: the hub's own endpoints (docs/sync-api.md, "The venue"):
//   POST /api/v1/sign-in-attempts  {"staff_uuid", "outcome"}   tablets and coordinators (failure|success)
//   POST /api/v1/upstream-sync     {}                          coordinators: forward now
//   GET  /api/v1/upstream-sync                                 coordinators: the sync screen's status
#include <nlohmann/json.hpp>

#include <cctype>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/server/hub/venue_hub.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;

namespace {

json wire_time(core::Timestamp t) {
    if (t == core::Timestamp{}) return nullptr;
    return core::to_iso8601(t);
}

json wire_time(const std::optional<core::Timestamp>& t) { return t ? wire_time(*t) : json(nullptr); }

// A uuid as devices write them: 36 characters of hex digits and dashes.
bool looks_like_uuid(const std::string& text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !std::isxdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

core::Timestamp now_utc() { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); }

ApiResponse coordinators_only() {
    return ApiResponse::error(403, "only a coordinator's device may ask this");
}

}  // namespace

ApiResponse VenueHub::sign_in_attempt(const ApiRequest& request, const DeviceIdentity& device) {
    if (device.role != DeviceRole::Tablet && device.role != DeviceRole::Coordinator) {
        return ApiResponse::error(403, "only tablets and coordinators' devices sign staff in");
    }
    const json body = parse_bounded_json(request.body, "sign-in attempt", 2);
    if (!body.is_object() || body.size() != 2 || !body.contains("staff_uuid") || !body["staff_uuid"].is_string() ||
        !body.contains("outcome") || !body["outcome"].is_string()) {
        throw ProtocolError("a sign-in attempt is {\"staff_uuid\": text, \"outcome\": text}");
    }
    const std::string staff_uuid = body["staff_uuid"].get<std::string>();
    const std::string outcome = body["outcome"].get<std::string>();
    if (outcome != "failure" && outcome != "success") throw ProtocolError("outcome must be failure or success");
    if (!looks_like_uuid(staff_uuid)) throw ProtocolError("staff_uuid is not a uuid");
    // Only accounts the venue has: nothing is made up from a sender's uuid.
    const auto result = store_.sign_in(staff_uuid, outcome == "success", now_utc());
    if (!result) return ApiResponse::error(404, "no staff account of this venue has that uuid");
    if (result->changed) changes_.notify();
    const core::SignInCounters& c = result->answer.counters;
    return ApiResponse::json(json{{"staff_uuid", staff_uuid},
                                  {"accepted", result->answer.accepted},
                                  {"failed_attempts", c.failed_attempts},
                                  {"total_failures", c.total_failures},
                                  {"locked_until", wire_time(c.locked_until)},
                                  {"last_attempt_at", wire_time(c.last_attempt_at)},
                                  {"sign_in_reset_at", wire_time(c.reset_at)}}
                                 .dump());
}

ApiResponse VenueHub::upstream_sync_request(const DeviceIdentity& device) {
    if (device.role != DeviceRole::Coordinator) return coordinators_only();
    if (!link_) return ApiResponse::error(409, "this hub has no upstream server to sync with");
    const UpstreamStatus before = link_->status();
    link_->request_sync();
    ApiResponse answer = ApiResponse::json(
        json{{"requested", true}, {"queued", before.counts.queued}, {"runs_finished", before.runs_finished}}.dump());
    answer.status = 202;
    return answer;
}

ApiResponse VenueHub::upstream_sync_status(const DeviceIdentity& device) {
    if (device.role != DeviceRole::Coordinator) return coordinators_only();
    if (!link_) {
        return ApiResponse::json(json{{"upstream", false}, {"queued", store_.forward_counts().queued}}.dump());
    }
    const UpstreamStatus s = link_->status();
    return ApiResponse::json(json{{"upstream", true},
                                  {"mode", s.mode == ForwardMode::Continuous ? "continuous" : "on_request"},
                                  {"sending", s.sending},
                                  {"requested", s.requested},
                                  {"reachable", s.reachable},
                                  {"queued", s.counts.queued},
                                  {"confirmed", s.counts.confirmed},
                                  {"rejected", s.counts.rejected},
                                  {"runs_finished", s.runs_finished},
                                  {"last_forward_at", wire_time(s.last_forward_at)},
                                  {"last_pull_at", wire_time(s.last_pull_at)},
                                  {"last_error", s.last_error.empty() ? json(nullptr) : json(s.last_error)}}
                                 .dump());
}

}  // namespace kiosk::sync::server::hub
