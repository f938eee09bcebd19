#pragma once
// Shared by the hostile-input suite: a running server process with a device or two, and the
// canary words a lobby must never receive.
#include <string>

#include "tests/security/hostile/server_process.hpp"
#include "tests/security/hostile/tls_client.hpp"
#include "tests/support/temp_dir.hpp"

namespace kiosk::testing {

struct HostileServer {
    explicit HostileServer(ServerProcessOptions options = {}) : server(dir.path(), options) {}
    std::string bearer(const std::string& token) const { return "Authorization: Bearer " + token; }
    // /ping answers, on a fresh connection, within `timeout`.
    bool pings(std::chrono::milliseconds timeout = std::chrono::seconds{20}) const {
        const auto answer = https_request(server.port(), http_request("GET", "/api/v1/ping", {}), timeout);
        return answer && answer->status == 200;
    }
    TempDir dir;
    ServerProcess server;
};

}  // namespace kiosk::testing
