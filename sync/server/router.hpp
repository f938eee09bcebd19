#pragma once
// The routes of the sync API (docs/sync-api.md) with what the HTTP layer must know before it
// reads a byte of a body: the method, how large the body may be, whether a device token is
// needed, and whether the answer needs the database at all.
#include <cstddef>
#include <string_view>

#include "sync/server/api_message.hpp"
#include "sync/server/http_limits.hpp"

namespace kiosk::sync::server {

class SyncApi;
class ReceiverStorage;
class HubRole;

enum class Method { Get, Post, Other };
enum class Endpoint { Ping, Health, Enrol, Push, Pull, AuditHead, RotateToken, UpstreamSyncRequest,
                      UpstreamSyncStatus, SignInAttempt };
enum class BodyKind { None, Small, Push };

struct Route {
    Method method;
    std::string_view path;
    Endpoint endpoint;
    BodyKind body;
    bool needs_device;        // Authorization: Bearer <device token>
    bool answer_on_io_thread; // answered without the database, so it never waits behind it
};

struct RouteLookup {
    const Route* route = nullptr;
    bool path_known = false;  // the path exists for another method (405 rather than 404)
};

RouteLookup find_route(Method method, std::string_view path);
// The endpoint's name in log lines ("push", "pull", "healthz" ...).
std::string_view endpoint_name(Endpoint endpoint);
std::size_t max_body_bytes(const Route& route, const HttpLimits& limits);

// Authenticates, calls the endpoint's handler and turns every failure into an answer: the
// sender's mistakes (ProtocolError) into 400 with our own sentence, a busy database into 503
// with Retry-After, anything else into 500 "internal error" with a log line that names the
// endpoint and never the request's content. A held long poll's later work goes through the
// same handling. The hub's endpoints answer 404 on a receiver (`hub` null).
class Router {
public:
    Router(SyncApi& api, ReceiverStorage& store, HubRole* hub) : api_(api), store_(store), hub_(hub) {}
    ApiResponse handle(const Route& route, const ApiRequest& request) noexcept;

private:
    // `device` is set to the authenticated device's id, for the log line.
    ApiResponse route_to(const Route& route, const ApiRequest& request, std::string& device);
    // GET /healthz: 200 when the database answers, 503 when it does not (a load balancer's
    // probe: no token, nothing about the database but whether it answers).
    ApiResponse health() noexcept;
    // The answer for the exception being handled (call only inside a catch block).
    static ApiResponse failure(const Route& route) noexcept;
    template <class Work>
    static ApiResponse guarded(const Route& route, Work work) noexcept {
        try {
            return work();
        } catch (...) {
            return failure(route);
        }
    }

    SyncApi& api_;
    ReceiverStorage& store_;
    HubRole* hub_;
};

}  // namespace kiosk::sync::server
