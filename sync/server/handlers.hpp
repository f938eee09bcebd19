#pragma once
// The sync API's endpoints (docs/sync-api.md) on a request the HTTP layer has already bounded
// and a device the router has already authenticated. They run on the worker threads, never on
// the I/O threads, because they wait for the database.
#include <atomic>

#include "sync/server/api_message.hpp"
#include "sync/server/device_identity.hpp"
#include "sync/server/fault_plan.hpp"
#include "sync/server/http_limits.hpp"

namespace kiosk::sync::server {

class ServerStore;

class SyncApi {
public:
    SyncApi(ServerStore& store, FaultPlan& faults, const HttpLimits& limits, std::atomic<int>& push_requests)
        : store_(store), faults_(faults), limits_(limits), push_requests_(push_requests) {}

    ApiResponse enrol(const ApiRequest& request);
    ApiResponse push(const ApiRequest& request, const DeviceIdentity& device);
    ApiResponse pull(const ApiRequest& request, const DeviceIdentity& device);
    ApiResponse audit_head(const DeviceIdentity& device);
    ApiResponse rotate_token(const DeviceIdentity& device);

private:
    ServerStore& store_;
    FaultPlan& faults_;
    const HttpLimits limits_;
    std::atomic<int>& push_requests_;
};

}  // namespace kiosk::sync::server
