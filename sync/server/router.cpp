#include "sync/server/router.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <typeinfo>

#include "kiosk/log/log.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/server/handlers.hpp"
#include "sync/server/hub_role.hpp"
#include "sync/server/receiver_storage.hpp"

namespace kiosk::sync::server {
namespace {

constexpr std::array<Route, 10> kRoutes{{
    {Method::Get, "/api/v1/ping", Endpoint::Ping, BodyKind::None, false, true},
    // For a load balancer: on a worker thread, as it asks the database.
    {Method::Get, "/healthz", Endpoint::Health, BodyKind::None, false, false},
    {Method::Post, "/api/v1/enrol", Endpoint::Enrol, BodyKind::Small, false, false},
    {Method::Post, "/api/v1/records", Endpoint::Push, BodyKind::Push, true, false},
    {Method::Get, "/api/v1/changes", Endpoint::Pull, BodyKind::None, true, false},
    {Method::Get, "/api/v1/audit-head", Endpoint::AuditHead, BodyKind::None, true, false},
    {Method::Post, "/api/v1/token", Endpoint::RotateToken, BodyKind::Small, true, false},
    {Method::Post, "/api/v1/upstream-sync", Endpoint::UpstreamSyncRequest, BodyKind::Small, true, false},
    {Method::Get, "/api/v1/upstream-sync", Endpoint::UpstreamSyncStatus, BodyKind::None, true, false},
    {Method::Post, "/api/v1/sign-in-attempts", Endpoint::SignInAttempt, BodyKind::Small, true, false},
}};

}  // namespace

std::string_view endpoint_name(Endpoint endpoint) {
    switch (endpoint) {
        case Endpoint::Ping: return "ping";
        case Endpoint::Health: return "healthz";
        case Endpoint::Enrol: return "enrol";
        case Endpoint::Push: return "push";
        case Endpoint::Pull: return "pull";
        case Endpoint::AuditHead: return "audit-head";
        case Endpoint::RotateToken: return "token";
        case Endpoint::UpstreamSyncRequest: return "upstream-sync";
        case Endpoint::UpstreamSyncStatus: return "upstream-sync status";
        case Endpoint::SignInAttempt: return "sign-in-attempts";
    }
    return "?";
}

ApiResponse ApiResponse::json(std::string body) {
    ApiResponse r;
    r.body = std::move(body);
    return r;
}

ApiResponse ApiResponse::error(int status, std::string_view sentence) {
    ApiResponse r;
    r.status = status;
    r.body = nlohmann::json{{"error", sentence}}.dump();
    return r;
}

RouteLookup find_route(Method method, std::string_view path) {
    RouteLookup lookup;
    for (const Route& route : kRoutes) {
        if (route.path != path) continue;
        lookup.path_known = true;
        if (route.method == method) lookup.route = &route;
    }
    return lookup;
}

std::size_t max_body_bytes(const Route& route, const HttpLimits& limits) {
    switch (route.body) {
        case BodyKind::None: return 0;
        case BodyKind::Small: return limits.max_small_body_bytes;
        case BodyKind::Push: return limits.max_push_body_bytes;
    }
    return 0;
}

ApiResponse Router::health() noexcept {
    try {
        store_.check_reachable();
        return ApiResponse::json(nlohmann::json{{"ok", true}, {"storage", store_.backend()}}.dump());
    } catch (const std::exception& error) {
        // The store's sentences name the database and its reason, never a row's values.
        log::warning(std::string{"sync server: healthz: the database does not answer: "} +
                     (dynamic_cast<const ServerStoreError*>(&error) != nullptr ? error.what() : "an error"));
    } catch (...) {
        log::warning("sync server: healthz: the database does not answer");
    }
    ApiResponse down = ApiResponse::error(503, "the database cannot be reached");
    down.retry_after_seconds = 5;
    return down;
}

ApiResponse Router::route_to(const Route& route, const ApiRequest& request, std::string& device_id) {
    std::optional<DeviceIdentity> device;
    if (route.needs_device) {
        if (!request.bearer_token.empty()) device = store_.authenticate(request.bearer_token);
        if (!device) return ApiResponse::error(401, "unknown device token");
        device_id = device->device_id;
        // A hub serves its own venue's devices only.
        if (hub_ != nullptr) {
            if (auto refusal = hub_->refuse_device(*device)) return *refusal;
        }
    }
    const auto hub_only = [&](HubEndpoint endpoint) {
        if (hub_ == nullptr) return ApiResponse::error(404, "this server is not a venue hub");
        return hub_->handle(endpoint, request, *device);
    };
    switch (route.endpoint) {
        case Endpoint::Ping: return ApiResponse::json(R"({"ok":true})");
        case Endpoint::Health: return health();
        case Endpoint::Enrol: return api_.enrol(request);
        case Endpoint::Push: return api_.push(request, *device);
        case Endpoint::Pull: return api_.pull(request, *device);
        case Endpoint::AuditHead: return api_.audit_head(*device);
        case Endpoint::RotateToken: return api_.rotate_token(*device);
        case Endpoint::UpstreamSyncRequest: return hub_only(HubEndpoint::UpstreamSyncRequest);
        case Endpoint::UpstreamSyncStatus: return hub_only(HubEndpoint::UpstreamSyncStatus);
        case Endpoint::SignInAttempt: return hub_only(HubEndpoint::SignInAttempt);
    }
    return ApiResponse::error(404, "no such endpoint");
}

ApiResponse Router::handle(const Route& route, const ApiRequest& request) noexcept {
    std::string device;
    const auto with_device = [&](ApiResponse response) {
        if (!device.empty()) {
            response.log_detail = "device=" + device + (response.log_detail.empty() ? "" : " " + response.log_detail);
        }
        return response;
    };
    try {
        ApiResponse response = with_device(route_to(route, request, device));
        if (response.delivery == ApiResponse::Delivery::Hold && response.resume) {
            // The held request's later work runs on a worker thread long after this frame:
            // it goes through the same error handling.
            response.resume = [&route, resume = std::move(response.resume)](bool deadline) {
                return guarded(route, [&] { return resume(deadline); });
            };
        }
        return response;
    } catch (...) {
        return with_device(failure(route));
    }
}

ApiResponse Router::failure(const Route& route) noexcept {
    try {
        throw;
    } catch (const ProtocolError& error) {
        // Our own sentences about the message's shape (protocol_error.hpp), never its content.
        return ApiResponse::error(400, error.what());
    } catch (const ServerBusyError&) {
        log::warning("sync server: " + std::string(endpoint_name(route.endpoint)) + ": database busy, answered 503");
        ApiResponse busy = ApiResponse::error(503, "the server is busy; try again shortly");
        busy.retry_after_seconds = 5;
        return busy;
    } catch (const ServerStoreError& error) {
        // The store's sentences name tables and SQLite's reason, never a row's values.
        log::error("sync server: " + std::string(endpoint_name(route.endpoint)) + " failed: " + error.what());
    } catch (const std::exception& error) {
        // Other exceptions can quote their input (a JSON parse error does): the type only.
        log::error("sync server: " + std::string(endpoint_name(route.endpoint)) + " failed with " +
                   typeid(error).name());
    } catch (...) {
        log::error("sync server: " + std::string(endpoint_name(route.endpoint)) + " failed");
    }
    return ApiResponse::error(500, "internal error");
}

}  // namespace kiosk::sync::server
