// Hostile bodies against the real contact-sync-server on 127.0.0.1 (issue #12, item 1): gzip
// bombs on every POST path, chunked and length-less bodies past the cap, JSON nested past 32
// levels with a valid token, a batch over the record limit. The server answers each with a
// clear status, keeps serving, and its peak memory stays within 64 MB of what it was at rest.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "tests/security/hostile/hostile_fixture.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {

constexpr long kAllowedGrowthKib = 64 * 1024;
const std::vector<std::string> kPostPaths{"/api/v1/records", "/api/v1/enrol", "/api/v1/token"};

std::string chunked(std::string_view bytes) {
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", bytes.size());
    return std::string(size) + std::string(bytes) + "\r\n";
}

// A body as a sequence of chunks, `piece` each time, `count` times, then the last chunk.
std::function<std::string()> chunks_of(std::string piece, int count) {
    return [piece = std::move(piece), count]() mutable -> std::string {
        if (count < 0) return {};
        if (count-- == 0) return "0\r\n\r\n";
        return chunked(piece);
    };
}

}  // namespace

TEST_CASE("hostile: a gzip bomb on every POST path is refused with 413 and costs no memory") {
    HostileServer h;
    const std::string token = h.server.add_device("lobby-1", 1, "lobby");
    // At rest, after a request has warmed up TLS and the database.
    REQUIRE(h.pings());
    const long at_rest = h.server.peak_rss_kib();
    REQUIRE(at_rest > 0);

    const std::string bomb = gzip_of_zeros(std::size_t{1} << 30);  // 1 GiB of zeros, about 1 MB
    const std::string small_bomb = gzip_of_zeros(std::size_t{64} << 20);  // 64 MiB, about 64 KB
    for (const auto& path : kPostPaths) {
        INFO(path);
        const std::vector<std::string> headers{h.bearer(token), "Content-Encoding: gzip",
                                               "Content-Type: application/json"};
        // With its length given.
        const auto whole = https_request(h.server.port(), http_request("POST", path, headers, bomb));
        REQUIRE(whole);
        CHECK(whole->status == 413);
        // Chunked, so only the inflated size can tell: the stream is cut at the cap.
        auto with_chunks = headers;
        with_chunks.push_back("Transfer-Encoding: chunked");
        TlsClient client(h.server.port());
        REQUIRE(client.open());
        const auto streamed = client.stream(http_request("POST", path, with_chunks, {}, false), [&, sent = false]() mutable {
            if (sent) return std::string{};
            sent = true;
            return chunked(small_bomb) + "0\r\n\r\n";
        });
        REQUIRE(streamed);
        CHECK(streamed->status == 413);
        CHECK_THAT(streamed->body, ContainsSubstring("once decompressed"));
    }
    CHECK(h.server.alive());
    CHECK(h.pings());
    CHECK(h.server.peak_rss_kib() - at_rest < kAllowedGrowthKib);
}

TEST_CASE("hostile: chunked and length-less bodies past the cap are cut off while they arrive") {
    HostileServer h;
    const std::string token = h.server.add_device("lobby-1", 1, "lobby");
    REQUIRE(h.pings());
    const long at_rest = h.server.peak_rss_kib();

    // 20 MB chunked, plain: refused once 2 MiB have arrived, long before the end.
    TlsClient client(h.server.port());
    REQUIRE(client.open());
    const auto chunked_answer =
        client.stream(http_request("POST", "/api/v1/records", {h.bearer(token), "Transfer-Encoding: chunked"}, {}, false),
                      chunks_of(std::string(64 * 1024, '['), 320));
    REQUIRE(chunked_answer);
    CHECK(chunked_answer->status == 413);

    // No Content-Length and no chunked coding: a body that would run to the end of the
    // connection is refused before a byte of it is read.
    TlsClient lengthless(h.server.port());
    REQUIRE(lengthless.open());
    const auto no_length = lengthless.stream(
        "POST /api/v1/records HTTP/1.0\r\nHost: 127.0.0.1\r\n" + h.bearer(token) + "\r\n\r\n",
        [n = 0]() mutable { return n++ < 320 ? std::string(64 * 1024, 'x') : std::string{}; });
    REQUIRE(no_length);
    CHECK(no_length->status == 411);

    // A Content-Length past the cap is refused from the header alone.
    const auto too_long = https_request(
        h.server.port(), http_request("POST", "/api/v1/records", {h.bearer(token), "Content-Length: 20000000"}, {}, false),
        std::chrono::seconds{20});
    REQUIRE(too_long);
    CHECK(too_long->status == 413);

    CHECK(h.pings());
    CHECK(h.server.peak_rss_kib() - at_rest < kAllowedGrowthKib);
}

TEST_CASE("hostile: JSON nested 100,000 deep from a device with a valid token is a 400, and the server stays up") {
    HostileServer h;
    const std::string token = h.server.add_device("lobby-1", 1, "lobby");
    // Deep in the envelope, and deep inside one record's payload of an otherwise good batch.
    const std::string deep(100'000, '[');
    const std::string in_payload =
        R"({"device_id":"lobby-1","records":[{"uuid":"a","kind":"feedback","schema":1,"created_at":"2026-11-23T10:05:00Z",)"
        R"("device_id":"lobby-1","payload":{"schema":1,"comment":)" + deep + "}}]}";
    for (const auto& body : {deep, in_payload}) {
        const auto answer = https_request(
            h.server.port(),
            http_request("POST", "/api/v1/records", {h.bearer(token), "Content-Encoding: gzip"}, gzip_of(body)));
        REQUIRE(answer);
        CHECK(answer->status == 400);
        CHECK_THAT(answer->body, ContainsSubstring("deeper than 32"));
    }
    CHECK(h.server.alive());
    CHECK(h.pings());
}

TEST_CASE("hostile: a batch over 500 records is refused with 413 and the reason; errors never echo internals") {
    HostileServer h;
    const std::string token = h.server.add_device("lobby-1", 1, "lobby");
    nlohmann::json records = nlohmann::json::array();
    for (int i = 0; i < 501; ++i) {
        records.push_back({{"uuid", "u" + std::to_string(i)}, {"kind", "check_in"}, {"schema", 1},
                           {"created_at", "2026-11-23T10:05:00Z"}, {"device_id", "lobby-1"},
                           {"payload", nlohmann::json::parse(sample_payload("check_in", i, ""))}});
    }
    const std::string batch = nlohmann::json{{"device_id", "lobby-1"}, {"records", records}}.dump();
    const auto answer = https_request(
        h.server.port(), http_request("POST", "/api/v1/records", {h.bearer(token), "Content-Encoding: gzip"}, gzip_of(batch)));
    REQUIRE(answer);
    CHECK(answer->status == 413);
    CHECK_THAT(answer->body, ContainsSubstring("at most 500 records"));
    CHECK(h.server.run({"count", "--db", "{db}"}) == 0);

    // Whatever goes wrong, the body is one of the server's own sentences.
    for (const auto& raw : {http_request("POST", "/api/v1/records", {h.bearer(token), "Content-Encoding: br"}, "x"),
                            http_request("POST", "/api/v1/records", {h.bearer(token), "Content-Encoding: gzip"}, "not gzip"),
                            http_request("GET", "/api/v1/changes?limit=abc", {h.bearer(token)}),
                            http_request("GET", "/api/v1/nothing", {}), http_request("DELETE", "/api/v1/records", {})}) {
        const auto refused = https_request(h.server.port(), raw);
        REQUIRE(refused);
        CHECK(refused->status >= 400);
        const auto doc = nlohmann::json::parse(refused->body, nullptr, false);
        CHECK(doc.is_object());
        CHECK_THAT(refused->body, !ContainsSubstring("what()") && !ContainsSubstring("exception"));
    }
}
