#pragma once
// What makes a server a venue hub rather than a receiver (`serve --role hub`, docs/sync-api.md,
// "The venue"): its feed is the venue's state instead of an imported one, every stored batch
// is applied to that state, it serves one venue only, and it answers the hub's own endpoints.
// The implementation is sync/server/hub/venue_hub.*; the HTTP layer sees only this.
#include <optional>

#include "sync/server/api_message.hpp"
#include "sync/server/change_feed.hpp"
#include "sync/server/change_signal.hpp"
#include "sync/server/device_identity.hpp"

namespace kiosk::sync::server {

enum class HubEndpoint {
    UpstreamSyncRequest,  // POST /api/v1/upstream-sync: the coordinator's Sync button
    UpstreamSyncStatus,   // GET  /api/v1/upstream-sync: what the sync screen shows
    SignInAttempt,        // POST /api/v1/sign-in-attempts: lockout counted at the hub
};

class HubRole {
public:
    virtual ~HubRole() = default;
    virtual ChangeFeed& feed() = 0;
    // Notified whenever a change of the venue's state commits.
    virtual ChangeSignal& changes() = 0;
    // Called after a push batch was stored: applies what is new to the venue's state. Never
    // throws; what it could not apply now is applied on a later call.
    virtual void after_store() noexcept = 0;
    // An answer refusing a device that is not of this hub's venue; nothing when it is.
    virtual std::optional<ApiResponse> refuse_device(const DeviceIdentity& device) = 0;
    virtual ApiResponse handle(HubEndpoint endpoint, const ApiRequest& request, const DeviceIdentity& device) = 0;
};

}  // namespace kiosk::sync::server
