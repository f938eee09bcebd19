// Type=notify: the real contact-sync-server binary tells its service manager READY=1 only once
// it listens, over the datagram socket named in NOTIFY_SOCKET (sd_notify(3)), as systemd
// would provide it. Without NOTIFY_SOCKET it serves all the same (every other test).
#include <catch2/catch_test_macros.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

namespace fs = std::filesystem;

namespace {

// Waits for one datagram on `fd`, up to a generous deadline for a loaded machine.
std::string receive(int fd) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 60'000) != 1) return {};
    char buffer[512];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string{};
}

int port_from_log(const fs::path& log) {
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find("listening on https://127.0.0.1:");
    return at == std::string::npos ? 0 : std::stoi(text.substr(at + std::strlen("listening on https://127.0.0.1:")));
}

bool accepts_connections(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

TEST_CASE("the server sends READY=1 to NOTIFY_SOCKET once it listens, and STOPPING=1 on SIGTERM") {
    kiosk::testing::TempDir dir;
    kiosk::testing::make_demo_certificates(dir / "certs");
    const fs::path socket_path = dir / "notify.sock";
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(socket_path.string().size() < sizeof address.sun_path);
    std::strcpy(address.sun_path, socket_path.c_str());
    REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);

    const fs::path log = dir / "server.log";
    std::fflush(nullptr);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::setenv("NOTIFY_SOCKET", socket_path.c_str(), 1);
        const std::string out = log.string();
        if (std::freopen(out.c_str(), "w", stdout) == nullptr) ::_exit(126);
        const std::string db = (dir / "server.db").string();
        const std::string cert = (dir / "certs/server.crt").string();
        const std::string key = (dir / "certs/server.key").string();
        ::execl(SYNC_SERVER_EXECUTABLE, SYNC_SERVER_EXECUTABLE, "serve", "--db", db.c_str(), "--listen",
                "127.0.0.1:0", "--cert", cert.c_str(), "--key", key.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }

    const std::string ready = receive(fd);
    CHECK(ready.find("READY=1") != std::string::npos);
    // By the time READY=1 arrives the port is open: a device connecting now is not refused.
    // (stdout is flushed before the notification, so the port is in the log.)
    const int port = port_from_log(log);
    REQUIRE(port > 0);
    CHECK(accepts_connections(port));

    ::kill(child, SIGTERM);
    CHECK(receive(fd).find("STOPPING=1") != std::string::npos);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    ::close(fd);
}
