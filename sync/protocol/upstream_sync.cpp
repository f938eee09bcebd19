#include "sync/protocol/upstream_sync.hpp"

#include <nlohmann/json.hpp>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/json_fields.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {
namespace {
constexpr std::int64_t kMostMessages = std::int64_t{1} << 40;
// The hub's own sentence, shown on the screen: a sentence, not a document.
constexpr std::size_t kLongestError = 1000;
}  // namespace

UpstreamSyncAsked decode_upstream_sync_asked(const std::string& body) {
    const nlohmann::json doc = parse_bounded_json(body, "upstream sync answer", 4);
    const JsonFields f(doc, "upstream sync answer");
    if (!f.boolean("requested")) throw ProtocolError("the hub did not take the upstream sync request");
    return {.queued = f.integer("queued", 0, kMostMessages), .runs_finished = f.integer("runs_finished", 0, kMostMessages)};
}

UpstreamSyncStatus decode_upstream_sync_status(const std::string& body) {
    const nlohmann::json doc = parse_bounded_json(body, "upstream sync status", 4);
    const JsonFields f(doc, "upstream sync status");
    UpstreamSyncStatus s;
    s.upstream = f.boolean("upstream");
    s.queued = f.integer("queued", 0, kMostMessages);
    if (!s.upstream) return s;  // a hub with no upstream says only that, and what waits
    const std::string mode = f.text("mode");
    if (mode != "continuous" && mode != "on_request") f.fail("mode", "continuous or on_request");
    s.continuous = mode == "continuous";
    s.sending = f.boolean("sending");
    s.requested = f.boolean("requested");
    s.reachable = f.boolean("reachable");
    s.confirmed = f.integer("confirmed", 0, kMostMessages);
    s.rejected = f.integer("rejected", 0, kMostMessages);
    s.runs_finished = f.integer("runs_finished", 0, kMostMessages);
    s.last_forward_at = f.optional_time("last_forward_at");
    if (f.has("last_error")) s.last_error = f.text("last_error");
    if (s.last_error.size() > kLongestError) s.last_error = "the hub's reason is too long to show";
    return s;
}

}  // namespace kiosk::sync
