// What an authority's operators get from the real contact-sync-server (issue #14, item 6): one
// log line per request with ids, kinds, counts, status and duration but nothing a person wrote,
// and /healthz for a load balancer, answering 503 while the database is away and 200 again once
// it is back, with the receiver up all along.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "kiosk/store/outbox_repository.hpp"
#include "tests/security/hostile/hostile_device.hpp"
#include "tests/security/hostile/hostile_fixture.hpp"
#include "tests/support/pg_cluster.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {

int health(int port) {
    const auto answer = https_request(port, http_request("GET", "/healthz", {}), std::chrono::seconds{20});
    return answer ? answer->status : 0;
}

// Polls until the server's health is `status` (a loaded machine may take a while).
bool health_becomes(int port, int status) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
    while (std::chrono::steady_clock::now() < deadline) {
        if (health(port) == status) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
    return false;
}

}  // namespace

TEST_CASE("the server logs one line per request with its device, kinds, counts, status and time, and no content") {
    HostileServer h;
    HostileDevice tablet(h.server, "tablet-1", h.server.add_device("tablet-1", 1, "tablet"));
    tablet.queue(3, "feedback", "Zebedee Quigley said the visit went well");
    tablet.queue(2, "check_in");
    REQUIRE(tablet.sync().sent == 5);
    const auto refused = https_request(h.server.port(), http_request("POST", "/api/v1/records",
                                                                     {h.bearer("not-a-token"), "Content-Type: application/json"},
                                                                     "{}"));
    REQUIRE(refused);
    CHECK(refused->status == 401);
    CHECK(health(h.server.port()) == 200);
    // `count` reads the same database, a file or a postgresql:// URL alike.
    std::string counted;
    CHECK(h.server.run({"count", "--db", "{db}"}, &counted) == 0);
    CHECK_THAT(counted, ContainsSubstring("total 5"));

    const std::string log = h.server.log();
    CHECK(std::regex_search(log, std::regex{R"(request push status=200 ms=\d+ device=tablet-1 records=5 stored=5 )"
                                            R"(already_stored=0 rejected=0 kinds=check_in:2,feedback:3)"}));
    CHECK(std::regex_search(log, std::regex{R"(request audit-head status=200 ms=\d+ device=tablet-1)"}));
    CHECK(std::regex_search(log, std::regex{R"(request push status=401 ms=\d+($|\n))"}));
    // A load balancer's probe that succeeds is not logged, and no request's words ever are.
    CHECK_THAT(log, !ContainsSubstring("request healthz"));
    CHECK_THAT(log, !ContainsSubstring("Zebedee"));
    CHECK_THAT(log, !ContainsSubstring("Quigley"));
    CHECK_THAT(log, !ContainsSubstring("not-a-token"));
}

TEST_CASE("/healthz answers a load balancer without a token, naming the storage it asked") {
    HostileServer h;
    const auto answer = https_request(h.server.port(), http_request("GET", "/healthz", {}));
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK_THAT(answer->body, ContainsSubstring(test_storage_is_postgresql() ? "PostgreSQL" : "SQLite"));
    const auto post = https_request(h.server.port(), http_request("POST", "/healthz", {}, "{}"));
    REQUIRE(post);
    CHECK(post->status == 405);
}

TEST_CASE("while PostgreSQL is down the receiver stays up, /healthz says 503 and records wait on the device; "
          "once it is back both recover by themselves",
          "[.postgresql]") {
    // A cluster of its own: this test stops its database, which the run's shared one must not.
    PgCluster cluster;
    const std::string url = cluster.create_database("receiver");
    HostileServer h(ServerProcessOptions{.db_argument = url, .request_timeout_seconds = 3,
                                         .max_connections_per_address = 32, .extra_arguments = {}, .name = "server",
                                         .certs = {}, .sealing_key = {}, .environment = {}});
    HostileDevice tablet(h.server, "tablet-1", h.server.add_device("tablet-1", 1, "tablet"));
    tablet.queue(2, "check_in");
    REQUIRE(tablet.sync().sent == 2);
    CHECK(health(h.server.port()) == 200);

    cluster.stop();
    CHECK(health_becomes(h.server.port(), 503));
    tablet.queue(3, "feedback");
    const auto while_down = tablet.sync();
    CHECK(while_down.sent == 0);
    CHECK(while_down.still_queued == 3);
    CHECK(h.server.alive());
    CHECK(h.pings());  // the I/O threads never wait for the database
    CHECK_THAT(h.server.log(), ContainsSubstring("healthz: the database does not answer"));

    cluster.start();
    CHECK(health_becomes(h.server.port(), 200));
    CHECK(tablet.sync().sent == 3);
    CHECK(store::OutboxRepository(tablet.store.db).counts().queued == 0);
}

TEST_CASE("the commands find the database through --config's [storage], a SQLite file or a postgresql:// URL") {
    // What an operator runs against the receiver's receiver.toml: add-device, count and
    // revoke-device with --config only, on the database the running receiver serves.
    HostileServer h;
    const auto config = h.dir / "receiver.toml";
    {
        std::ofstream out(config);
        out << "[storage]\n"
            << (test_storage_is_postgresql() ? "url" : "database") << " = \"" << h.server.db() << "\"\n";
    }
    const auto token_file = h.dir / "tablet-9.token";
    REQUIRE(h.server.run({"add-device", "--config", config.string(), "--device", "tablet-9", "--venue", "1", "--role",
                          "tablet", "--token-file", token_file.string()}) == 0);
    std::string token;
    std::getline(std::ifstream(token_file), token);
    HostileDevice tablet(h.server, "tablet-9", token);
    tablet.queue(2, "check_in");
    CHECK(tablet.sync().sent == 2);
    std::string counted;
    CHECK(h.server.run({"count", "--config", config.string()}, &counted) == 0);
    CHECK_THAT(counted, ContainsSubstring("total 2"));
    CHECK(h.server.run({"revoke-device", "--config", config.string(), "--device", "tablet-9"}) == 0);
    tablet.queue(1, "check_in");
    CHECK(tablet.sync().sent == 0);
}
