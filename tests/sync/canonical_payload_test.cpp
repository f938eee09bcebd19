// The server's reading of an opened sealed payload (sync/protocol/canonical_payload.hpp):
// simdjson reads it, nlohmann's DOM of it is what the schema checks, and "canonical" must mean
// exactly what it meant when nlohmann parsed and dumped again to compare.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/canonical_payload.hpp"
#include "sync/protocol/protocol_error.hpp"

using namespace kiosk;
using Catch::Matchers::ContainsSubstring;
using nlohmann::json;

namespace {

// What the check meant before: nlohmann reads it, and its dump() gives the same bytes.
bool canonical_by_dump(const std::string& text) {
    try {
        return sync::parse_bounded_json(text, "test").dump() == text;
    } catch (const sync::ProtocolError&) {
        return false;
    }
}

}  // namespace

TEST_CASE("an opened payload in nlohmann's canonical form reads as canonical, with the same DOM, for every character") {
    sync::CanonicalPayloadReader reader;
    std::vector<std::string> texts;
    for (int c = 1; c < 0x80; ++c) texts.push_back(std::string("a") + static_cast<char>(c) + "b");
    texts.push_back("Zo\u00eb \u2603 \U0001F600 ci\u0105g \x7f");
    texts.push_back(std::string("nul\0x", 5));
    for (const auto& text : texts) {
        const json doc{{"text", text}, {"n", -12345678901234LL}, {"u", 18446744073709551615ULL}, {"b", true},
                       {"z", nullptr}, {"list", {1, "x", false, json::object()}}, {"map", {{"b", 1}, {"a", "2"}}}};
        const std::string canonical = doc.dump();
        INFO(canonical);
        const auto read = reader.read(canonical, "payload");
        CHECK(read.canonical);
        CHECK(read.payload == doc);
        CHECK(read.payload.dump() == canonical);
    }
}

TEST_CASE("an opened payload not in canonical form reads as not canonical, as the dump comparison judged it") {
    sync::CanonicalPayloadReader reader;
    const std::string canonical = json{{"a", 1}, {"b", {{"c", "x"}, {"d", {1, 2}}}}, {"e", "\u00e9\n"}}.dump();
    REQUIRE(canonical_by_dump(canonical));
    const std::vector<std::string> others{
        R"({"a": 1,"b":{"c":"x","d":[1,2]},"e":"é\n"})",           // white space
        R"({"a":1,"b":{"c":"x","d":[1,2]},"e":"é\n"} )",            // white space after
        R"({"b":{"c":"x","d":[1,2]},"a":1,"e":"é\n"})",             // names out of order
        R"({"a":1,"b":{"d":[1,2],"c":"x"},"e":"é\n"})",             // out of order one level down
        R"({"a":1,"a":1,"b":{"c":"x","d":[1,2]},"e":"é\n"})",       // a name twice, in order
        R"({"a":1,"b":{"c":"x","d":[1,2]},"e":"\u00e9\n"})",        // an escape spelled out
        R"({"a":1,"b":{"c":"\x","d":[1,2]},"e":"é\n"})",            // not JSON at all
        R"({"a":1,"b":{"c":"x","d":[1,2]},"e":"é\u000a"})",         // \n spelled as \u000a
        R"({"a":1e0,"b":{"c":"x","d":[1,2]},"e":"é\n"})",
        R"({"a":-0,"b":{"c":"x","d":[1,2]},"e":"é\n"})",
        R"({"a":1,"b":{"c":"x","d":[1,2]},"e":"é\/n"})",            // a solidus escaped
    };
    for (const auto& text : others) {
        INFO(text);
        CHECK_FALSE(canonical_by_dump(text));
        bool taken = true;
        try {
            taken = reader.read(text, "payload").canonical;
        } catch (const sync::ProtocolError&) {
            taken = false;  // refused outright: not JSON this server reads
        }
        CHECK_FALSE(taken);
    }
    CHECK(reader.read(canonical, "payload").canonical);  // the reader is reused, record after record
    // A double both judge alike (no payload schema takes one: the schema check refuses it).
    for (const std::string text : {R"({"a":1.0})", R"({"a":0.1})", R"({"a":1.5e+300})", R"({"a":1.5e300})"}) {
        INFO(text);
        CHECK(reader.read(text, "payload").canonical == canonical_by_dump(text));
    }
}

TEST_CASE("an opened payload that is not JSON, nests too deep or holds a number past 64 bits is refused in a sentence") {
    sync::CanonicalPayloadReader reader;
    CHECK_THROWS_WITH(reader.read("{\"a\":", "sealed payload"), ContainsSubstring("the sealed payload is not JSON"));
    CHECK_THROWS_WITH(reader.read(std::string(40, '[') + std::string(40, ']'), "sealed payload"),
                      ContainsSubstring("nests deeper than 32"));
    CHECK_THROWS_WITH(reader.read(R"({"n":123456789012345678901234567890})", "sealed payload"),
                      ContainsSubstring("not JSON this server reads"));
    // A payload larger than the reader held before is read too.
    const json big{{"text", std::string(100'000, 'x')}};
    CHECK(reader.read(big.dump(), "sealed payload").canonical);
}
