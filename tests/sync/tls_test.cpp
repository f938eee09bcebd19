#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <httplib.h>

#include <atomic>
#include <thread>

#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {
void check_refused_with_nothing_sent(SyncFixture& f) {
    f.enqueue(3);
    const auto summary = f.sync();
    CHECK(summary.configuration_problem);
    CHECK(summary.still_queued == 3);
    CHECK(f.server->push_requests() == 0);
    CHECK(f.server_total() == 0);
}
}  // namespace

TEST_CASE("a self-signed server certificate is refused and nothing is sent") {
    SyncFixture f(ServerCertificate{"self-signed.crt", "self-signed.key"});
    check_refused_with_nothing_sent(f);
}

TEST_CASE("a certificate for another host is refused and nothing is sent") {
    SyncFixture f(ServerCertificate{"wrong-host.crt", "wrong-host.key"});
    check_refused_with_nothing_sent(f);
}

TEST_CASE("an expired certificate is refused and nothing is sent") {
    SyncFixture f(ServerCertificate{"expired.crt", "expired.key"});
    check_refused_with_nothing_sent(f);
}

TEST_CASE("a server offering only TLS 1.1 is refused") {
    SyncFixture f(ServerCertificate{}, /*tls_1_1_only=*/true);
    check_refused_with_nothing_sent(f);
}

TEST_CASE("a public-key pin that does not match is refused; the right pin or its backup is accepted") {
    SyncFixture f;
    f.config.pinned_keys = {f.pin("backup.pin")};
    check_refused_with_nothing_sent(f);
    f.config.pinned_keys = {f.pin("backup.pin"), f.pin("server.pin")};
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 3);
}

TEST_CASE("a redirect to plain http is refused and the http address gets nothing") {
    SyncFixture f;
    httplib::Server plain;
    std::atomic<int> plain_hits{0};
    plain.Post(".*", [&](const httplib::Request&, httplib::Response& res) {
        ++plain_hits;
        res.set_content(R"({"results":[]})", "application/json");
    });
    const int plain_port = plain.bind_to_any_port("127.0.0.1");
    std::thread serving([&] { plain.listen_after_bind(); });
    f.server->faults().add(sync::server::FaultStep::redirect("http://127.0.0.1:" + std::to_string(plain_port) + "/api/v1/records"));
    f.enqueue(2);
    const auto summary = f.sync();
    plain.stop();
    serving.join();
    CHECK(summary.configuration_problem);
    CHECK(summary.still_queued == 2);
    CHECK(plain_hits == 0);
}

TEST_CASE("a configured client certificate does not get in the way of a server that does not ask for one") {
    SyncFixture f;
    f.config.client_certificate = f.certs() / "client.crt";
    f.config.client_key = f.certs() / "client.key";
    f.enqueue(1);
    CHECK(f.sync().sent == 1);
}
