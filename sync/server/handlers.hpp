#pragma once
// The sync API's endpoints (docs/sync-api.md) on a request the HTTP layer has already bounded
// and a device the router has already authenticated. They run on the worker threads, never on
// the I/O threads, because they wait for the database.
#include <atomic>

#include "sync/server/api_message.hpp"
#include "sync/server/change_feed.hpp"
#include "sync/server/change_signal.hpp"
#include "sync/server/device_identity.hpp"
#include "sync/server/fault_plan.hpp"
#include "sync/server/http_limits.hpp"
#include "sync/server/poll_gate.hpp"
#include "sync/server/record_verifier.hpp"

namespace kiosk::sync::server {

class ReceiverStorage;
class HubRole;

// What the endpoints work on. On a hub, `feed` and `changes` are the hub's and `hub` is set.
struct ApiParts {
    ReceiverStorage& store;
    // The sealing key devices seal to (sealing_key.hpp): opens what they push.
    const SealingKeyPair& sealing_keys;
    FaultPlan& faults;
    HttpLimits limits;
    std::atomic<int>& push_requests;
    ChangeFeed& feed;
    ChangeSignal& changes;
    PollGate& polls;
    HubRole* hub = nullptr;
};

class SyncApi {
public:
    explicit SyncApi(ApiParts parts)
              : store_(parts.store), keys_(parts.sealing_keys), faults_(parts.faults), limits_(parts.limits), push_requests_(parts.push_requests),
          feed_(parts.feed), changes_(parts.changes), polls_(parts.polls), hub_(parts.hub) {}

    ApiResponse enrol(const ApiRequest& request);
    ApiResponse push(const ApiRequest& request, const DeviceIdentity& device);
    ApiResponse pull(const ApiRequest& request, const DeviceIdentity& device);
    ApiResponse audit_head(const DeviceIdentity& device);
    ApiResponse rotate_token(const DeviceIdentity& device);

private:
    ApiResponse page_answer(const DeviceIdentity& device, const std::string& after, int limit, bool* empty);

    ReceiverStorage& store_;
    const SealingKeyPair& keys_;
    FaultPlan& faults_;
    const HttpLimits limits_;
    std::atomic<int>& push_requests_;
    ChangeFeed& feed_;
    ChangeSignal& changes_;
    PollGate& polls_;
    HubRole* hub_;
};

}  // namespace kiosk::sync::server
