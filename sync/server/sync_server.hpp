#pragma once
// The reference receiver: the sync API (docs/sync-api.md) over HTTPS with cpp-httplib and
// OpenSSL, on a ServerStore. Used by the tests, the demo and small deployments.
#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "sync/server/fault_plan.hpp"
#include "sync/server/server_store.hpp"

namespace kiosk::sync::server {

struct ServerOptions {
    std::filesystem::path certificate;  // PEM chain
    std::filesystem::path private_key;
    // Only the tests lower this, to play a server that offers nothing newer than TLS 1.1.
    bool tls_1_1_only = false;
    std::size_t max_request_bytes = 8 * 1024 * 1024;
};

class SyncServer {
public:
    SyncServer(ServerOptions options, ServerStore& store);
    SyncServer(const SyncServer&) = delete;
    SyncServer& operator=(const SyncServer&) = delete;
    ~SyncServer();

    // Binds host:port (port 0: any free port) and returns the port. Throws on failure.
    int bind(const std::string& host, int port);
    // Serves on a thread of its own until stop().
    void start();
    // Serves on the calling thread until stop() (the command-line server).
    void serve_forever();
    void stop();

    FaultPlan& faults() { return faults_; }
    // Push requests that reached the handler (with a valid token), for tests.
    int push_requests() const { return push_requests_.load(); }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    FaultPlan faults_;
    std::atomic<int> push_requests_{0};
    std::thread thread_;
};

}  // namespace kiosk::sync::server
