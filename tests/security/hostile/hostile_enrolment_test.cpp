// Enrolment against the real contact-sync-server (issue #12, item 3): a token that expired,
// one used already, one replaced by a newer one, and a token for a device id that is enrolled
// (a takeover) are all refused and change nothing; after an operator revokes the device it
// may enrol again, and its old token stops working.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "sync/protocol/base64.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "tests/security/hostile/hostile_fixture.hpp"

using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {

std::string some_public_key(char fill) {
    const std::string key(32, fill);
    return kiosk::sync::encode_base64(reinterpret_cast<const std::uint8_t*>(key.data()), key.size());
}

std::optional<HttpAnswer> enrol(const HostileServer& h, const std::string& token, char key = 'k') {
    const std::string body = kiosk::sync::encode_enrol_request({token, some_public_key(key)});
    return https_request(h.server.port(), http_request("POST", "/api/v1/enrol", {"Content-Type: application/json"}, body));
}

bool audit_head_answers(const HostileServer& h, const std::string& device_token) {
    const auto answer = https_request(h.server.port(), http_request("GET", "/api/v1/audit-head", {h.bearer(device_token)}));
    return answer && answer->status == 200;
}

}  // namespace

TEST_CASE("hostile: an expired, a used and a superseded enrolment token are refused") {
    HostileServer h;
    const std::string expired = h.server.issue_token("tablet-1", 1, "tablet", "0");
    auto answer = enrol(h, expired);
    REQUIRE(answer);
    CHECK(answer->status == 403);
    CHECK_THAT(answer->body, ContainsSubstring("expired"));

    const std::string first = h.server.issue_token("tablet-2", 1, "tablet");
    const std::string second = h.server.issue_token("tablet-2", 1, "tablet");
    answer = enrol(h, first);
    REQUIRE(answer);
    CHECK(answer->status == 403);  // issuing again revoked it
    answer = enrol(h, second);
    REQUIRE(answer);
    REQUIRE(answer->status == 200);
    const auto enrolled = kiosk::sync::decode_enrol_answer(answer->body);
    CHECK(enrolled.device_id == "tablet-2");
    CHECK(enrolled.role == "tablet");
    CHECK(enrolled.venue_id == 1);

    answer = enrol(h, second, 'z');
    REQUIRE(answer);
    CHECK(answer->status == 403);
    CHECK_THAT(answer->body, ContainsSubstring("already been used"));
    // None of it disturbed the enrolled device.
    CHECK(audit_head_answers(h, enrolled.device_token));
}

TEST_CASE("hostile: a token for an enrolled device id cannot take it over; after revoke-device it enrols anew") {
    HostileServer h;
    auto answer = enrol(h, h.server.issue_token("tablet-3", 1, "tablet"));
    REQUIRE(answer);
    REQUIRE(answer->status == 200);
    const auto original = kiosk::sync::decode_enrol_answer(answer->body);

    // Someone holding a fresh token for the same id tries to put their key in its place.
    const std::string takeover = h.server.issue_token("tablet-3", 1, "tablet");
    answer = enrol(h, takeover, 'x');
    REQUIRE(answer);
    CHECK(answer->status == 409);
    CHECK_THAT(answer->body, ContainsSubstring("revoke"));
    CHECK(audit_head_answers(h, original.device_token));

    // The operator revokes it (the tablet was lost): its token stops working, and the
    // outstanding token now enrols the replacement.
    std::string said;
    CHECK(h.server.run({"revoke-device", "--db", "{db}", "--device", "tablet-3"}, &said) == 0);
    CHECK_FALSE(audit_head_answers(h, original.device_token));
    answer = enrol(h, takeover, 'y');
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(audit_head_answers(h, kiosk::sync::decode_enrol_answer(answer->body).device_token));
}

TEST_CASE("hostile: a rotated token replaces the old one once it is used") {
    HostileServer h;
    const std::string old_token = h.server.add_device("lobby-1", 1, "lobby");
    const auto rotated = https_request(
        h.server.port(), http_request("POST", "/api/v1/token", {h.bearer(old_token), "Content-Type: application/json"}, "{}"));
    REQUIRE(rotated);
    REQUIRE(rotated->status == 200);
    const std::string new_token = kiosk::sync::decode_token_answer(rotated->body);
    CHECK(new_token != old_token);
    // Until the new token is used the old one still works (an answer lost on the way must
    // not lock the device out) ...
    CHECK(audit_head_answers(h, old_token));
    CHECK(audit_head_answers(h, new_token));
    // ... and once it has been, the old one is gone.
    CHECK_FALSE(audit_head_answers(h, old_token));
    CHECK(audit_head_answers(h, new_token));
}
