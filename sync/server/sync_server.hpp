#pragma once
// The reference receiver: the sync API (docs/sync-api.md) over HTTPS with Boost.Beast and
// Boost.Asio on OpenSSL (TLS 1.2 at least), on a ReceiverStorage. Used by the tests, the demo and
// small deployments. docs/ARCHITECTURE.md says why Beast, and how the pieces fit:
// listener (accept, connection caps) -> session (TLS, bounded request reading, deadline) ->
// router (routes, authentication, errors) -> handlers (the endpoints) -> ReceiverStorage (SQLite or PostgreSQL).
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "sync/server/fault_plan.hpp"
#include "sync/server/http_limits.hpp"
#include "sync/server/poll_gate.hpp"
#include "sync/server/receiver_storage.hpp"

namespace kiosk::sync::server {

struct ServerOptions {
    std::filesystem::path certificate;  // PEM chain
    std::filesystem::path private_key;
    // Only the tests set this, to play a server that offers nothing newer than TLS 1.1.
    bool tls_1_1_only = false;
    HttpLimits limits{};
    // Threads that read and write sockets. They never wait for the database, so two serve any
    // number of slow connections.
    int io_threads = 2;
    // Threads that run the handlers (and so wait for the database).
    int worker_threads = 4;
    // Long polls held at once (poll_gate.hpp).
    PollLimits polls{};
    // How often a receiver's held polls look for imported changes (a hub wakes them at once).
    std::chrono::milliseconds imported_feed_recheck{5'000};
};

class HubRole;

class SyncServer {
public:
    // Throws std::runtime_error when the certificate or key cannot be loaded. `sealing_keys`:
    // what devices seal to (sealing_key.hpp). With `hub`, the server is the venue's hub
    // (hub_role.hpp); it must outlive the server, as must `store`.
    SyncServer(ServerOptions options, ReceiverStorage& store, const SealingKeyPair& sealing_keys,
               HubRole* hub = nullptr);
    SyncServer(const SyncServer&) = delete;
    SyncServer& operator=(const SyncServer&) = delete;
    ~SyncServer();

    // Binds host:port (port 0: any free port) and returns the port. Throws on failure.
    int bind(const std::string& host, int port);
    // Serves on threads of its own until stop().
    void start();
    // Serves until SIGINT or SIGTERM (the command-line server), then stops.
    void serve_until_signalled(const std::function<void()>& on_ready = {});
    void stop();

    FaultPlan& faults() { return faults_; }
    // Push requests that reached the handler (with a valid token), for tests.
    int push_requests() const { return push_requests_.load(); }
    // Connections held now, and refused for the caps since start, for tests.
    std::size_t connections() const;
    std::size_t refused_connections() const;
    // Long polls held now, for tests.
    std::size_t held_polls() const;

private:
    struct Impl;
    FaultPlan faults_;
    std::atomic<int> push_requests_{0};
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::sync::server
