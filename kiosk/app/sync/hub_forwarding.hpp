#pragma once
// The coordinator's day's-end Sync through a venue hub (issue #13, item 5): once the device's own
// outbox is at the hub, ask the hub to forward everything it holds to the social work team's
// server (POST /api/v1/upstream-sync) and watch its run (GET) until it has finished, so the sync
// screen can say what went, what waits and whether the upstream answered. The upstream's receipts
// come back later through the hub's feed; only then does a device purge its plain copies.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "sync/client/https_transport.hpp"

namespace kiosk::app {

struct HubForwarding {
    bool asked = false;           // the hub took the request
    bool finished = false;        // its run ended while this device watched
    bool sending = false;         // still sending when the device stopped watching
    bool reachable = true;        // the hub reached the social work team's server
    std::int64_t forwarded = 0;   // messages the upstream answered for since the Sync was pressed
    std::int64_t rejected = 0;    // of those, refused by the upstream
    std::int64_t queued = 0;      // still waiting at the hub
    std::string problem;          // why asking failed, or the hub's words about the upstream
};

struct HubForwardingOptions {
    // How long the device watches the hub's run before it reports "still sending".
    std::chrono::milliseconds watch_for{std::chrono::minutes{10}};
    std::chrono::milliseconds look_every{250};
};

// Asks the hub (the transport's server) to forward now and watches the run. Never throws for the
// network or the hub's answers: they become `problem`. `on_status` sees each look at the run;
// `cancel` ends the watch (the window closing).
HubForwarding forward_through_hub(sync::HttpsTransport& transport, const std::atomic<bool>* cancel,
                                  HubForwardingOptions options = {},
                                  const std::function<void(const HubForwarding&)>& on_status = {});

}  // namespace kiosk::app
