// Records that come twice or from a device enrolled again (issue #12, item 4), and a comfort
// call sent in plain by an enrolled device (item 5), against the real contact-sync-server.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/record_protection.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/record_signature.hpp"
#include "tests/security/hostile/hostile_device.hpp"
#include "tests/security/hostile/hostile_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
namespace fs = std::filesystem;

TEST_CASE("hostile: a restored backup sends its batches again and nothing is rejected") {
    HostileServer h;
    HostileDevice tablet(h.server, h.server.issue_token("tablet-1", 1, "tablet"));
    // A concern and a comfort call among them: sealed kinds are compared once opened.
    tablet.queue(3, "concern", "Backupcanary said");
    tablet.queue(2, "comfort_call");
    tablet.queue(5, "check_in");
    const fs::path backup = tablet.store.dir / "backup.db";
    tablet.store.db.exec("VACUUM INTO '" + backup.string() + "'");
    REQUIRE(tablet.sync().sent == 10);
    // More work, more syncs: the server's view of this device's history moves on.
    tablet.queue(4, "check_in");
    REQUIRE(tablet.sync().sent == 4);
    tablet.queue(4, "feedback");
    REQUIRE(tablet.sync().sent == 4);

    // The backup comes back: its outbox still holds the first ten as queued, under an audit
    // head the server saw three batches ago. They are there already, so they are not rejected.
    tablet.store.db = store::Database::open({.database_file = backup, .key_file = tablet.store.key_file, .now = kDemoNow});
    tablet.config.database_file = backup;
    const auto replay = tablet.sync();
    CHECK(replay.rejected == 0);
    CHECK(replay.already_there == 10);
    CHECK(replay.still_queued == 0);
}

TEST_CASE("hostile: a replacement tablet enrolled under the same id starts its own audit history") {
    HostileServer h;
    {
        HostileDevice lost(h.server, h.server.issue_token("tablet-7", 1, "tablet"));
        for (int i = 0; i < 5; ++i) {
            lost.queue(10, "check_in");
            REQUIRE(lost.sync().sent == 10);
        }
    }
    // The tablet is lost; the operator revokes it and enrols a new one under the same id. Its
    // database is new, so its audit chain is shorter than the lost one's.
    REQUIRE(h.server.run({"revoke-device", "--db", "{db}", "--device", "tablet-7"}) == 0);
    HostileDevice replacement(h.server, h.server.issue_token("tablet-7", 1, "tablet"));
    replacement.queue(3, "concern", "x");
    const auto summary = replacement.sync();
    CHECK(summary.rejected == 0);
    CHECK(summary.sent == 3);
}

TEST_CASE("hostile: an enrolled device's comfort call sent unsealed is refused") {
    HostileServer h;
    HostileDevice tablet(h.server, h.server.issue_token("tablet-2", 1, "tablet"));
    const auto settings = app::load_sync_settings(tablet.config);
    REQUIRE(settings.keys);
    // Signed with the device's own key, as a tampered or outdated device would send it, but
    // its allergies and the child's words in plain.
    sync::PushRecord call{.uuid = "plain-call", .kind = "comfort_call", .schema = 2, .created_at = kDemoNow,
                          .device_id = "tablet-2", .payload_json = sample_payload("comfort_call", 1, "Plaincanary"),
                          .signature = {}, .sealed = {}};
    sync::PushRecord sealed_copy = call;
    app::protect_record(sealed_copy, *settings.keys);
    REQUIRE(sealed_copy.sealed);  // what the device itself does; this one is signed by hand instead
    const std::string message = sync::signing_bytes(call);
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    REQUIRE(sodium_init() >= 0);
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), settings.keys->signing_secret.data());
    call.signature = "ed25519:" + sync::encode_base64(signature.data(), signature.size());
    const std::string batch = sync::encode_push_batch({.device_id = "tablet-2", .records = {call}, .audit_head = {},
                                                        .audit_anchor = {}, .audit_signature = {}, .seal = {}});
    const auto answer = https_request(
        h.server.port(), http_request("POST", "/api/v1/records",
                                      {"Authorization: Bearer " + settings.token, "Content-Encoding: gzip"}, gzip_of(batch)));
    REQUIRE(answer);
    REQUIRE(answer->status == 200);
    const auto results = sync::decode_push_results(answer->body, std::vector<std::string>{"plain-call"});
    REQUIRE(results.size() == 1);
    CHECK(results[0].status == sync::RecordStatus::Rejected);
    CHECK_THAT(results[0].reason, ContainsSubstring("must arrive sealed"));
    std::string count;
    h.server.run({"count", "--db", "{db}"}, &count);
    CHECK_THAT(count, ContainsSubstring("total 0"));
}
