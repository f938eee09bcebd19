#pragma once
// /api/v1/upstream-sync (docs/sync-api.md, "The coordinator's Sync"): a coordinator's device asks
// its venue hub to forward what it holds to the social work team's server now, and reads how the
// hub's forwarding went, for the day's-end sync screen.
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/core/time.hpp"

namespace kiosk::sync {

// The 202 answer to POST: how much was queued when asked, and how many runs had finished then
// (the run asked for has finished once the status's runs_finished passes it).
struct UpstreamSyncAsked {
    std::int64_t queued = 0;
    std::int64_t runs_finished = 0;
};

// The 200 answer to GET.
struct UpstreamSyncStatus {
    bool upstream = false;      // the hub has an upstream server at all
    bool continuous = false;    // it forwards by itself (else: when a coordinator asks)
    bool sending = false;       // a forwarding run is under way
    bool requested = false;     // a coordinator's request waits for a run
    bool reachable = true;      // the last exchange with the upstream went through
    std::int64_t queued = 0;    // messages waiting at the hub for the upstream
    std::int64_t confirmed = 0; // messages the upstream has answered for, ever
    std::int64_t rejected = 0;
    std::int64_t runs_finished = 0;
    std::optional<core::Timestamp> last_forward_at;
    std::string last_error;     // the hub's sentence about the last failure; empty when none
};

// Throw ProtocolError when the body is not the documented JSON.
UpstreamSyncAsked decode_upstream_sync_asked(const std::string& body);
UpstreamSyncStatus decode_upstream_sync_status(const std::string& body);

}  // namespace kiosk::sync
