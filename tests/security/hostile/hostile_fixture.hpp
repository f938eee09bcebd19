#pragma once
// Shared by the hostile-input suite: a running server process with a device or two, and the
// canary words a lobby must never receive. Its records are in SQLite, or with
// KIOSK_TEST_STORAGE=postgresql in a database of the run's PostgreSQL cluster.
#include <string>

#include "tests/security/hostile/server_process.hpp"
#include "tests/security/hostile/tls_client.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_storage.hpp"

namespace kiosk::testing {

struct HostileServer {
    explicit HostileServer(ServerProcessOptions options = {}) : server(dir.path(), with_storage(options)) {}
    std::string bearer(const std::string& token) const { return "Authorization: Bearer " + token; }
    // /ping answers, on a fresh connection, within `timeout`.
    bool pings(std::chrono::milliseconds timeout = std::chrono::seconds{20}) const {
        const auto answer = https_request(server.port(), http_request("GET", "/api/v1/ping", {}), timeout);
        return answer && answer->status == 200;
    }
    ServerProcessOptions with_storage(ServerProcessOptions options) const {
        if (options.db_argument.empty()) options.db_argument = new_test_database(dir.path(), options.name);
        return options;
    }
    TempDir dir;
    ServerProcess server;
};

}  // namespace kiosk::testing
