// The throwaway PostgreSQL cluster the server's tests run against (issue #14): it starts as an
// unprivileged user when CI runs as root, listens on loopback only, each instance is apart, and
// it goes away even when the test process is killed.
#include <catch2/catch_test_macros.hpp>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <thread>

#include "tests/support/pg_cluster.hpp"

TEST_CASE("a throwaway PostgreSQL cluster starts on loopback, holds databases apart and goes away") {
    std::filesystem::path data;
    {
        kiosk::testing::PgCluster pg;
        CHECK(pg.psql("SELECT 1 + 1") == "2\n");
        CHECK(pg.psql("SHOW listen_addresses") == "127.0.0.1\n");
        pg.create_database("receiver_a");
        pg.psql("CREATE TABLE t (x int); INSERT INTO t VALUES (7)", "receiver_a");
        CHECK(pg.psql("SELECT x FROM t", "receiver_a") == "7\n");
        CHECK(pg.psql("SELECT count(*) FROM pg_tables WHERE tablename = 't'") == "0\n");  // another database
        kiosk::testing::PgCluster second;
        CHECK(second.port() != pg.port());
        data = pg.psql("SHOW data_directory");
    }
    data.replace_filename(data.filename().string().substr(0, data.filename().string().find('\n')));
    CHECK_FALSE(std::filesystem::exists(data));
}

TEST_CASE("a cluster whose test process is SIGKILLed is stopped and removed all the same") {
    // What a crash, a sanitizer's abort or ctest's timeout does to a test binary: no destructor
    // runs. The cluster's watcher must still stop the server and remove its folder, or every
    // failed CI run would leave a PostgreSQL behind.
    int report[2];
    REQUIRE(::pipe(report) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(report[0]);
        try {
            kiosk::testing::PgCluster pg;
            const std::string line = pg.data_dir().string() + " " + std::to_string(pg.port()) + "\n";
            if (::write(report[1], line.data(), line.size()) != static_cast<ssize_t>(line.size())) ::_exit(1);
            ::pause();  // until the parent's SIGKILL
        } catch (...) {
        }
        ::_exit(1);
    }
    ::close(report[1]);
    std::string line;
    char buffer[512];
    for (ssize_t n = 0; (n = ::read(report[0], buffer, sizeof buffer)) > 0;) {
        line.append(buffer, static_cast<std::size_t>(n));
        if (line.find('\n') != std::string::npos) break;
    }
    ::close(report[0]);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(line.find(' ') != std::string::npos);
    const std::filesystem::path data = line.substr(0, line.find(' '));
    const int port = std::stoi(line.substr(line.find(' ') + 1));
    REQUIRE(std::filesystem::exists(data));
    const auto listening = [port] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        return connected;
    };
    // Polled with a deadline a loaded machine meets: pg_ctl stop waits for the server to go.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{120};
    while ((listening() || std::filesystem::exists(data.parent_path())) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
    CHECK_FALSE(listening());
    CHECK_FALSE(std::filesystem::exists(data.parent_path()));
}
