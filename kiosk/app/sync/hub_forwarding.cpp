#include "kiosk/app/sync/hub_forwarding.hpp"

#include "sync/client/sync_client.hpp"
#include "sync/client/transport_error.hpp"
#include "sync/protocol/api_version.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/upstream_sync.hpp"

namespace kiosk::app {
namespace {

const std::string kPath = std::string{sync::kApiPrefix} + "/upstream-sync";

// A refusal in words a coordinator can pass on; never the body's details beyond the status.
std::string refused(long status) {
    if (status == 403) return "the venue hub lets only a coordinator's device ask it to send upstream";
    if (status == 404) return "this device's server is not a venue hub, so it has nothing to send upstream";
    if (status == 409) return "the venue hub has no social work team's server to send to";
    return "the venue hub did not answer the request to send upstream (HTTP " + std::to_string(status) + ")";
}

sync::UpstreamSyncStatus look(sync::HttpsTransport& transport) {
    const sync::HttpResponse answer = transport.get(kPath);
    if (answer.status != 200) throw sync::ProtocolError(refused(answer.status));
    return sync::decode_upstream_sync_status(answer.body);
}

}  // namespace

HubForwarding forward_through_hub(sync::HttpsTransport& transport, const std::atomic<bool>* cancel,
                                  HubForwardingOptions options, const std::function<void(const HubForwarding&)>& on_status) {
    HubForwarding out;
    const auto sleep = sync::cancellable_sleep(cancel);
    try {
        const sync::UpstreamSyncStatus before = look(transport);
        if (!before.upstream) {
            out.queued = before.queued;
            out.problem = refused(409);
            return out;
        }
        const sync::HttpResponse answer = transport.post_gzip_json(kPath, "{}");
        if (answer.status != 202) {
            out.problem = refused(answer.status);
            return out;
        }
        const sync::UpstreamSyncAsked asked = sync::decode_upstream_sync_asked(answer.body);
        out.asked = true;
        out.queued = asked.queued;
        out.sending = true;
        if (on_status) on_status(out);
        const auto until = std::chrono::steady_clock::now() + options.watch_for;
        for (;;) {
            if (!sleep(options.look_every)) return out;  // cancelled: the screen is going away
            const sync::UpstreamSyncStatus now = look(transport);
            out.finished = now.runs_finished > asked.runs_finished;
            out.sending = !out.finished;
            out.reachable = now.reachable;
            out.forwarded = now.confirmed - before.confirmed;
            out.rejected = now.rejected - before.rejected;
            out.queued = now.queued;
            out.problem = now.last_error;
            if (on_status) on_status(out);
            if (out.finished || std::chrono::steady_clock::now() >= until) return out;
        }
    } catch (const sync::TransportError& error) {
        out.problem = error.what();
    } catch (const sync::ProtocolError& error) {
        out.problem = error.what();
    }
    out.sending = false;
    return out;
}

}  // namespace kiosk::app
