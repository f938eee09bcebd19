#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <cstdlib>

#include "tests/sync/counting_listener.hpp"
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
    CountingListener plain;
    f.server->faults().add(sync::server::FaultStep::redirect(plain.address("http") + "/api/v1/records"));
    f.enqueue(2);
    const auto summary = f.sync();
    CHECK(summary.configuration_problem);
    CHECK_THAT(summary.problem, ContainsSubstring("redirect"));
    CHECK(summary.still_queued == 2);
    CHECK(plain.connections() == 0);
}

TEST_CASE("a redirect to another https address is not followed: the batch goes nowhere else") {
    SyncFixture f;
    CountingListener elsewhere;
    f.server->faults().add(sync::server::FaultStep::redirect(elsewhere.address("https") + "/api/v1/records"));
    f.enqueue(2);
    const auto summary = f.sync();
    CHECK(summary.configuration_problem);
    CHECK_THAT(summary.problem, ContainsSubstring("redirect"));
    CHECK(summary.still_queued == 2);
    CHECK(elsewhere.connections() == 0);
    // Nothing was stored by the redirecting answer either; the next sync sends it all.
    CHECK(f.sync().sent == 2);
}

TEST_CASE("HTTPS_PROXY in the environment is not used; only [server] proxy is") {
    SyncFixture f;
    CountingListener proxy;
    ::setenv("HTTPS_PROXY", proxy.address("http").c_str(), 1);
    ::setenv("https_proxy", proxy.address("http").c_str(), 1);
    ::setenv("ALL_PROXY", proxy.address("http").c_str(), 1);
    f.enqueue(2);
    const auto summary = f.sync();
    ::unsetenv("HTTPS_PROXY");
    ::unsetenv("https_proxy");
    ::unsetenv("ALL_PROXY");
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 2);
    CHECK(proxy.connections() == 0);

    // Configured, the proxy is the way the sync goes (this one only hangs up, so it fails).
    f.config.proxy = proxy.address("http");
    f.enqueue(1);
    const auto through_proxy = f.sync();
    CHECK(proxy.connections() >= 1);
    CHECK(through_proxy.still_queued == 1);
}

TEST_CASE("a configured client certificate does not get in the way of a server that does not ask for one") {
    SyncFixture f;
    f.config.client_certificate = f.certs() / "client.crt";
    f.config.client_key = f.certs() / "client.key";
    f.enqueue(1);
    CHECK(f.sync().sent == 1);
}
