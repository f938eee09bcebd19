#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include <random>

#include "sync/client/backoff.hpp"
#include "sync/client/gzip.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/wire_time.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("backoff grows exponentially under a cap, with full jitter, and gives up") {
    sync::BackoffPolicy policy{.base = 100ms, .cap = 1000ms, .max_attempts = 6, .max_retry_after = 10'000ms};
    sync::Backoff top(policy, [] { return 0.999999; });
    CHECK(top.next_wait()->count() == 99);
    CHECK(top.next_wait()->count() == 199);
    CHECK(top.next_wait()->count() == 399);
    CHECK(top.next_wait()->count() == 799);
    CHECK(top.next_wait()->count() == 999);  // capped
    CHECK_FALSE(top.next_wait().has_value());
    sync::Backoff bottom(policy, [] { return 0.0; });
    CHECK(bottom.next_wait()->count() == 0);
}

TEST_CASE("Retry-After replaces the computed wait, and a very long one ends the run") {
    sync::BackoffPolicy policy{.base = 100ms, .cap = 1000ms, .max_attempts = 6, .max_retry_after = 10'000ms};
    sync::Backoff backoff(policy, [] { return 0.5; });
    CHECK(backoff.next_wait(std::chrono::seconds{7}) == 7000ms);
    CHECK_FALSE(backoff.next_wait(std::chrono::seconds{11}).has_value());
}

TEST_CASE("wire times are UTC with a Z and nothing after") {
    CHECK(sync::parse_wire_time("2026-11-23T10:05:00Z") == core::from_unix(1795428300));
    CHECK_FALSE(sync::parse_wire_time("2026-11-23 10:05:00").has_value());
    CHECK_FALSE(sync::parse_wire_time("2026-11-23T10:05:00Zjunk").has_value());
    // Found by fuzz_push_batch: a fraction where the seconds go was undefined behaviour.
    CHECK_FALSE(sync::parse_wire_time("2026-11-23T10:05:,0Z").has_value());
    CHECK_FALSE(sync::parse_wire_time("2026-11-23T10:05:0.5Z").has_value());
    CHECK_FALSE(sync::parse_wire_time("2026-11-23T10:5:00Z").has_value());
    // The calendar is checked: no 30 February, no hour 24, no second 60.
    CHECK_FALSE(sync::parse_wire_time("2026-02-30T10:05:00Z").has_value());
    CHECK_FALSE(sync::parse_wire_time("2026-13-01T10:05:00Z").has_value());
    CHECK_FALSE(sync::parse_wire_time("2026-11-23T24:00:00Z").has_value());
    CHECK_FALSE(sync::parse_wire_time("2026-11-23T23:60:00Z").has_value());
    CHECK_FALSE(sync::parse_wire_time("2026-11-23T23:59:60Z").has_value());
    CHECK(sync::parse_wire_time("2028-02-29T23:59:59Z") == core::from_unix(1835481599));
    CHECK(sync::parse_wire_time("1969-12-31T23:59:59Z") == core::from_unix(-1));
    // What the device writes, the server reads back unchanged.
    for (const std::int64_t t : {0LL, 1795428300LL, 1835481599LL, 4102444800LL}) {
        CHECK(sync::parse_wire_time(core::to_iso8601(core::from_unix(t))) == core::from_unix(t));
    }
}

TEST_CASE("a batch envelope is read record by record, each fault named") {
    const std::string feedback = R"({"schema":1,"child_face":4,"adult_face":5,"comment":"","anonymous":false,)"
                                 R"("at":"2026-11-23T10:05:00Z","session_id":3})";
    const auto batch = sync::decode_push_batch(R"({"device_id":"d","records":[
        {"uuid":"a","kind":"feedback","schema":1,"created_at":"2026-11-23T10:05:00Z","device_id":"d","payload":)" +
                                               feedback + R"(},
        {"uuid":"b","kind":"feedback","schema":9,"created_at":"2026-11-23T10:05:00Z","device_id":"d","payload":{}},
        {"uuid":"c","kind":"feedback","schema":1,"created_at":"yesterday","device_id":"d","payload":{}},
        {"uuid":"d","kind":"feedback","schema":1,"created_at":"2026-11-23T10:05:00Z","device_id":"e","payload":{}},
        {"kind":"feedback"},
        {"uuid":"f","kind":"feedback","schema":1,"created_at":"2026-11-23T10:05:00Z","device_id":"d","payload":{"schema":1}},
        {"uuid":"g","kind":"check_in","schema":1,"created_at":"2026-11-23T10:05:00Z","device_id":"d","payload":
          {"schema":1,"session_id":1,"adult_id":2,"party":"family","at":"2026-11-23T10:05:00Z",
           "agreement_confirmed":true,"agreement_version":1,"signed":true,"strokes":"[[1,2]]"}},
        {"uuid":"h","kind":"feedback","schema":1,"created_at":"2026-11-23T10:05:00Z","device_id":"d",
          "payload":{"schema":1,"comment":"in plain beside the seal"},"sealed":"AAAA"},
        {"uuid":"i","kind":"attendance","schema":1,"created_at":"2026-11-23T10:05:00Z","device_id":"d","payload":{}}]})");
    REQUIRE(batch.records.size() == 9);
    CHECK(batch.records[0].record.has_value());
    CHECK_THAT(batch.records[1].problem, ContainsSubstring("schema"));
    CHECK_THAT(batch.records[2].problem, ContainsSubstring("created_at"));
    CHECK_THAT(batch.records[3].problem, ContainsSubstring("different device"));
    CHECK_THAT(batch.records[4].problem, ContainsSubstring("uuid"));
    // Each kind's payload is checked against its schema: a missing field, a field it does
    // not have (a check-in smuggling its signature strokes), plain text beside a seal.
    CHECK_THAT(batch.records[5].problem, ContainsSubstring("lacks the field child_face"));
    CHECK_THAT(batch.records[6].problem, ContainsSubstring("a field its schema does not have"));
    CHECK_THAT(batch.records[7].problem, ContainsSubstring("only its schema"));
    // A kind with no schema yet is not taken.
    CHECK_THAT(batch.records[8].problem, ContainsSubstring("unknown record kind"));
    CHECK_THROWS_AS(sync::decode_push_batch("{\"records\": 5}"), sync::ProtocolError);
}

// The server reads push bodies with simdjson and plain payloads with nlohmann (push_batch.cpp):
// what it keeps of a record must be what the device's encoder wrote, whatever the path.
TEST_CASE("a plain payload read from a push body is kept in the device's canonical text, escapes and all") {
    const nlohmann::json feedback{{"schema", 1},          {"child_face", 4}, {"adult_face", 5},
                                  {"comment", "Zo\u00eb said \"ci\u0105g\"\n\ttak \\ \u2603 \x01"},
                                  {"anonymous", false}, {"at", "2026-11-23T10:05:00Z"}, {"session_id", 3}};
    // The device's text, and the same payload with its keys out of order and escapes spelled out.
    const std::string canonical = feedback.dump();
    const std::string spelled = R"({"session_id":3,"at":"2026-11-23T10:05:00Z","anonymous":false,)"
                                R"("comment":"Zo\u00eb said \"ci\u0105g\"\n\ttak \\ \u2603 \u0001",)"
                                R"("adult_face":5,"child_face":4,"schema":1})";
    const auto record = [](const std::string& uuid, const std::string& payload) {
        return R"({"uuid":")" + uuid + R"(","kind":"feedback","schema":1,"created_at":"2026-11-23T10:05:00Z",)"
               R"("device_id":"d","payload":)" + payload + "}";
    };
    const auto batch = sync::decode_push_batch(R"({"device_id":"d","records":[)" + record("a", canonical) + "," +
                                               record("b", spelled) + "]}");
    REQUIRE(batch.records.size() == 2);
    REQUIRE(batch.records[0].record);
    REQUIRE(batch.records[1].record);
    CHECK(batch.records[0].record->payload_json == canonical);
    CHECK(batch.records[1].record->payload_json == canonical);
}

TEST_CASE("a push body's numbers and sealed stubs are read as strictly as before") {
    const auto one = [](const std::string& schema, const std::string& payload, const std::string& extra = "") {
        return sync::decode_push_batch(R"({"device_id":"d","records":[{"uuid":"a","kind":"concern","schema":)" +
                                       schema + R"(,"created_at":"2026-11-23T10:05:00Z","device_id":"d",)" + extra +
                                       R"("payload":)" + payload + "}]}");
    };
    // A sealed record's stub holds its schema alone, as an integer equal to the record's.
    CHECK(one("1", R"({"schema":1})", R"("sealed":"AAAA",)").records[0].record->payload_json == R"({"schema":1})");
    CHECK_THAT(one("1", R"({"schema":2})", R"("sealed":"AAAA",)").records[0].problem, ContainsSubstring("only its schema"));
    CHECK_THAT(one("1", R"({"schema":1,"text":"x"})", R"("sealed":"AAAA",)").records[0].problem,
               ContainsSubstring("only its schema"));
    CHECK_THAT(one("1.0", R"({"schema":1})", R"("sealed":"AAAA",)").records[0].problem,
               ContainsSubstring("unsupported schema version"));
    CHECK_THAT(one("18446744073709551615", R"({"schema":1})", R"("sealed":"AAAA",)").records[0].problem,
               ContainsSubstring("unsupported schema version"));
    // A number no encoder writes (past 64 bits) turns the whole body away, in a sentence.
    CHECK_THROWS_WITH(one("1", R"({"schema":1,"n":123456789012345678901234567890})"),
                      ContainsSubstring("not JSON this server reads"));
    // Not JSON, not an object, no records list: the same sentences as the rest of the protocol.
    CHECK_THROWS_WITH(sync::decode_push_batch(R"({"device_id":"d","records":[)"), ContainsSubstring("is not JSON"));
    CHECK_THROWS_WITH(sync::decode_push_batch("[]"), ContainsSubstring("not a JSON object"));
    CHECK_THROWS_WITH(sync::decode_push_batch(R"({"device_id":"d"})"), ContainsSubstring("records list"));
    CHECK_THROWS_WITH(sync::decode_push_batch(""), ContainsSubstring("is not JSON"));
}

TEST_CASE("JSON from the network nesting deeper than 32 levels is refused before anything recurses over it") {
    const std::string deep(100'000, '[');
    CHECK_THROWS_WITH(sync::decode_push_batch(deep), ContainsSubstring("deeper than 32"));
    CHECK_THROWS_WITH(sync::decode_pull_page(deep), ContainsSubstring("deeper than 32"));
    CHECK_THROWS_WITH(sync::decode_enrol_request(deep), ContainsSubstring("deeper than 32"));
    // A payload nested 40 deep inside a well-formed batch: the whole request is refused.
    std::string payload = R"({"schema":1,"x":)" + std::string(40, '[') + std::string(40, ']') + "}";
    CHECK_THROWS_WITH(sync::decode_push_batch(R"({"device_id":"d","records":[{"uuid":"a","kind":"feedback",)"
                                              R"("schema":1,"created_at":"2026-11-23T10:05:00Z","device_id":"d",)"
                                              R"("payload":)" + payload + "}]}"),
                      ContainsSubstring("deeper than 32"));
    // 32 levels in all is still read.
    CHECK_NOTHROW(sync::parse_bounded_json(std::string(32, '[') + std::string(32, ']'), "test"));
    CHECK_THROWS(sync::parse_bounded_json(std::string(33, '[') + std::string(33, ']'), "test"));
}

TEST_CASE("an answer that names a record not sent, or is cut short, is not understood") {
    const std::vector<sync::PushRecord> sent{{.uuid = "a", .kind = "feedback", .schema = 1, .created_at = {},
                                              .device_id = "d", .payload_json = "{}", .signature = {},
                                              .sealed = {}}};
    CHECK_THROWS_AS(sync::decode_push_results(R"({"results":[{"uuid":"z","status":"stored"}]})", sent),
                    sync::ProtocolError);
    CHECK_THROWS_AS(sync::decode_push_results(R"({"results":[{"uuid":"a","sta)", sent), sync::ProtocolError);
    CHECK(sync::decode_push_results(R"({"results":[{"uuid":"a","status":"already_stored"}]})", sent)[0].status ==
          sync::RecordStatus::AlreadyStored);
}

TEST_CASE("a gzipped body inflates with zlib, as the server reads it, to the very bytes sent") {
    // Bodies of every shape the device sends: none, tiny, repetitive JSON, and base64 of random
    // bytes (sealed payloads) past ISA-L's 64 KiB blocks, plus raw random bytes (stored blocks).
    std::mt19937 random(23);
    std::string ciphertext_like;
    while (ciphertext_like.size() < 3 * 1024 * 1024) ciphertext_like += static_cast<char>("ABCDEFGHabcdefgh0123456789+/"[random() % 28]);
    std::string raw_random(200000, '\0');
    for (auto& c : raw_random) c = static_cast<char>(random());
    for (const std::string& body : {std::string{}, std::string{"{}"}, std::string(100000, 'x'), ciphertext_like, raw_random}) {
        const std::string packed = sync::gzip_compress(body);
        z_stream stream{};
        REQUIRE(inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK);
        std::string back(body.size() + 1, '\0');
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
        stream.avail_in = static_cast<uInt>(packed.size());
        stream.next_out = reinterpret_cast<Bytef*>(back.data());
        stream.avail_out = static_cast<uInt>(back.size());
        const int status = inflate(&stream, Z_FINISH);
        const std::size_t written = stream.total_out;
        const std::size_t unread = stream.avail_in;
        inflateEnd(&stream);
        CAPTURE(body.size());
        CHECK(status == Z_STREAM_END);
        CHECK(unread == 0);  // one member, nothing after it (the server refuses trailing bytes)
        back.resize(written);
        CHECK(back == body);
    }
}

TEST_CASE("gzip output starts with the gzip magic and is smaller for repetitive JSON") {
    const std::string json(10000, 'x');
    const std::string packed = sync::gzip_compress(json);
    REQUIRE(packed.size() > 2);
    CHECK(static_cast<unsigned char>(packed[0]) == 0x1f);
    CHECK(static_cast<unsigned char>(packed[1]) == 0x8b);
    CHECK(packed.size() < 200);
}
