// Issue #17, push format 2: a batch signed once over a manifest of its records' hashes, its
// sealed payloads under one key agreement. Against the real reference server over real TLS
// where the device sends, and against the server's own batch rules where a test must forge what
// no device sends. Each test fails when its defence is removed (docs/SECURITY.md lists which).
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/batch_seal.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/push_batch_writer.hpp"
#include "sync/server/record_verifier.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using nlohmann::json;

namespace {

constexpr const char* kCanary = "Philomena Brackenbury";

app::Config enrol(SyncFixture& f, const std::string& device_id) {
    const std::string token = f.server_store->issue_enrolment_token(
        {.device_id = device_id, .venue_id = SyncFixture::kVenue, .role = sync::DeviceRole::Tablet,
         .valid_for = std::chrono::hours{24}});
    app::Config bare = app::demo_config(f.device.dir.path());
    bare.database_file = f.device.database_file;
    bare.key_file = f.device.key_file;
    app::enrol_device(bare, {.server_url = f.config.server_url, .token = token, .pin_sha256 = {},
                             .ca_file = f.config.ca_file.string()});
    return bare;
}

std::string queue(SyncFixture& f, const std::string& kind, const std::string& text) {
    store::WriteTransaction tx(f.device.db, "staff:1", f.clock.now());
    const std::string uuid = tx.enqueue(store::OutboxMessage{
        .kind = kind, .entity_id = 1, .payload = sample_payload(kind, 1, text), .fast_lane = false});
    tx.audit("test.enqueued", kind, 1);
    tx.commit();
    return uuid;
}

sync::PushRecord record(const std::string& device_id, const std::string& kind, int n, const std::string& text) {
    return sync::PushRecord{.uuid = "batch-seal-" + kind + "-" + std::to_string(n), .kind = kind,
                            .schema = kind == "addendum" ? 1 : 2, .created_at = kDemoNow, .device_id = device_id,
                            .payload_json = sample_payload(kind, n, text), .signature = {}, .sealed = {}};
}

// A format-2 body as the device makes it: a concern (sealed), two check-ins and a feedback
// (sealed), signed with `signing` and sealed to `sealing`.
std::string sealed_body(const std::string& device_id, const std::array<std::uint8_t, 64>& signing,
                        const std::array<std::uint8_t, 32>& sealing) {
    sync::BatchProtector protector(device_id, signing, sealing);
    sync::PushBatchWriter writer(device_id, std::nullopt, std::nullopt);
    for (auto r : {record(device_id, "concern", 1, kCanary), record(device_id, "check_in", 2, ""),
                   record(device_id, "check_in", 3, ""), record(device_id, "feedback", 4, "lovely")}) {
        protector.protect(r);
        writer.add_canonical(r);
    }
    writer.seal_with(protector.finish(std::nullopt, std::nullopt));
    return writer.take_body();
}

struct Enrolled {
    app::Config config;
    app::DeviceKeys keys;
    sync::server::DeviceIdentity identity;
};

Enrolled enrolled(SyncFixture& f, const std::string& device_id = "tablet-9") {
    Enrolled e;
    e.config = enrol(f, device_id);
    f.config = e.config;  // the fixture's syncs go as the enrolled device, with its own token
    const auto settings = app::load_sync_settings(e.config);
    e.keys = *settings.keys;
    e.identity = f.identity(settings.token);
    return e;
}

std::vector<sync::RecordResult> send(SyncFixture& f, const Enrolled& e, const std::string& body) {
    return f.server_store->store_batch(sync::decode_push_batch(body), e.identity, f.sealing_keys);
}

// The body with `change` applied to its JSON (the records, the batch's manifest or key).
std::string changed(const std::string& body, const std::function<void(json&)>& change) {
    json doc = json::parse(body);
    change(doc);
    return doc.dump();
}

std::int64_t stored_records(SyncFixture& f) {
    std::int64_t total = 0;
    for (const auto& [kind, n] : f.server_store->count_by_kind()) total += n;
    return total;
}

}  // namespace

TEST_CASE("format 2: an enrolled device's records are each verifiable alone from the stored manifest and signature") {
    SyncFixture f;
    const Enrolled e = enrolled(f);
    const std::string concern = queue(f, "concern", kCanary);
    const std::string check_in = queue(f, "check_in", "plain");
    const std::string feedback = queue(f, "feedback", "the garden room was warm");
    const auto summary = f.sync();
    INFO(summary.problem);
    for (const auto& r : summary.rejections) INFO(r.reason);
    REQUIRE(summary.problem.empty());
    REQUIRE(summary.sent == 3);
    // Sealed on the way and opened at the server: stored in clear there, for the social worker.
    CHECK_THAT(f.server_store->stored_payload(concern).value_or(""), ContainsSubstring(kCanary));
    for (const auto& uuid : {concern, check_in, feedback}) {
        INFO(uuid);
        const auto proof = f.server_store->record_proof(uuid);
        REQUIRE(proof);  // format 2: the server kept the manifest and the record's place in it
        CHECK(sync::server::verify_record_proof(*proof).empty());
        // What the proof holds against: a changed payload, a changed salt, another position,
        // another device's key.
        auto edited = *proof;
        edited.record.payload_json.insert(edited.record.payload_json.size() - 1, ",\"x\":1");
        CHECK_THAT(sync::server::verify_record_proof(edited), ContainsSubstring("does not match the hash"));
        edited = *proof;
        edited.record.created_at += std::chrono::seconds{1};
        CHECK_THAT(sync::server::verify_record_proof(edited), ContainsSubstring("does not match the hash"));
        edited = *proof;
        edited.position = (edited.position + 1) % 3;
        CHECK_THAT(sync::server::verify_record_proof(edited), ContainsSubstring("does not match the hash"));
        edited = *proof;
        const auto other = app::generate_device_keys();
        edited.device_key.assign(other.signing_public.begin(), other.signing_public.end());
        CHECK_THAT(sync::server::verify_record_proof(edited), ContainsSubstring("signature does not match"));
    }
    const auto sealed = f.server_store->record_proof(concern);
    CHECK(sealed->salt.size() == sync::kRecordSaltBytes);  // a sealed record's hash is salted
    auto unsalted = *sealed;
    unsalted.salt.clear();
    CHECK_THAT(sync::server::verify_record_proof(unsalted), ContainsSubstring("does not match the hash"));
    CHECK(f.server_store->record_proof(check_in)->salt.empty());
}

TEST_CASE("format 2: a changed, moved or added record, and a changed, reordered or cut manifest, are refused whole") {
    SyncFixture f;
    const Enrolled e = enrolled(f);
    const std::string body = sealed_body("tablet-9", e.keys.signing_secret, e.keys.sealing_public);
    const auto refused = [&](const std::string& bad, const std::string& why) {
        INFO(why);
        CHECK_THROWS_WITH(send(f, e, bad), ContainsSubstring(why));
        CHECK(stored_records(f) == 0);
    };
    // A plain record's payload changed on the way (a check-in's time).
    refused(changed(body, [](json& d) { d["records"][1]["payload"]["at"] = "2026-11-23T23:59:00Z"; }),
            "record 2 of the batch");
    // A record's own fields, outside its payload.
    refused(changed(body, [](json& d) { d["records"][2]["created_at"] = "2026-11-24T10:05:00Z"; }),
            "does not match the hash its device signed");
    // Two records swapped: each sits where the manifest has the other.
    refused(changed(body, [](json& d) { std::swap(d["records"][1], d["records"][2]); }), "does not match the hash");
    // A record left out, and one added.
    refused(changed(body, [](json& d) { d["records"].erase(3); }), "lists 4 records and the batch holds 3");
    refused(changed(body, [](json& d) { d["records"].push_back(d["records"][1]); }), "lists 4 records and the batch holds 5");
    // A sealed payload changed by one character: it no longer opens.
    refused(changed(body,
                    [](json& d) {
                        std::string s = d["records"][0]["sealed"];
                        s[40] = s[40] == 'A' ? 'B' : 'A';
                        d["records"][0]["sealed"] = s;
                    }),
            "does not open with the server's key");
    // A ciphertext moved to another record (the uuid is its associated data).
    refused(changed(body, [](json& d) { std::swap(d["records"][0]["sealed"], d["records"][3]["sealed"]); }),
            "record 1 of the batch (batch-seal-concern-1) does not open");
    // The manifest edited, reordered and cut: its signature no longer holds.
    const auto manifest_edit = [&](const std::function<void(json&)>& edit) {
        return changed(body, [&](json& d) {
            json m = json::parse(d["batch"]["manifest"].get<std::string>());
            edit(m);
            d["batch"]["manifest"] = m.dump();
        });
    };
    refused(manifest_edit([](json& m) { m["records"][1] = std::string(64, '0'); }), "not signed with this device's");
    refused(manifest_edit([](json& m) { std::swap(m["records"][1], m["records"][2]); }), "not signed with this device's");
    refused(manifest_edit([](json& m) { m["records"].erase(3); }), "not signed with this device's");
    // The signature itself missing from the batch.
    refused(changed(body, [](json& d) { d.erase("batch"); }), "must carry its signed manifest");
    // The untouched batch is stored, every record of it.
    const auto results = send(f, e, body);
    for (const auto& r : results) CHECK(r.status == sync::RecordStatus::Stored);
    CHECK(stored_records(f) == 4);
}

TEST_CASE("format 2: a manifest signed by another device's key, or a batch sealed to another key, stores nothing") {
    SyncFixture f;
    const Enrolled e = enrolled(f);
    const auto other = app::generate_device_keys();
    // Another key's signature over a batch in this device's name (a token without its key).
    CHECK_THROWS_WITH(send(f, e, sealed_body("tablet-9", other.signing_secret, e.keys.sealing_public)),
                      ContainsSubstring("not signed with this device's enrolled key"));
    // Another enrolled device's own signed batch, sent with this device's token.
    SyncFixture g;
    const Enrolled second = enrolled(g, "tablet-10");
    CHECK_THROWS_WITH(send(f, e, sealed_body("tablet-10", second.keys.signing_secret, e.keys.sealing_public)),
                      ContainsSubstring("not signed with this device's enrolled key"));
    // Signed by this device but sealed to a key that is not the server's: nothing opens.
    const auto stranger = sync::server::generate_sealing_key_pair();
    CHECK_THROWS_WITH(send(f, e, sealed_body("tablet-9", e.keys.signing_secret, stranger.public_key)),
                      ContainsSubstring("does not open with the server's key"));
    CHECK(stored_records(f) == 0);
}

TEST_CASE("format 2: a replayed batch stores nothing again, and its key with another manifest is refused") {
    SyncFixture f;
    const Enrolled e = enrolled(f);
    const std::string body = sealed_body("tablet-9", e.keys.signing_secret, e.keys.sealing_public);
    for (const auto& r : send(f, e, body)) CHECK(r.status == sync::RecordStatus::Stored);
    // The same bytes again (a retry whose answer was lost, or a replay): nothing stored twice.
    for (const auto& r : send(f, e, body)) CHECK(r.status == sync::RecordStatus::AlreadyStored);
    CHECK(stored_records(f) == 4);
    // New records under the first batch's key, with a manifest the device's key did sign (a
    // device that reused a batch key, or its key in the wrong hands): refused before anything.
    const std::string first_key = json::parse(body)["batch"]["key"];
    sync::BatchProtector protector("tablet-9", e.keys.signing_secret, e.keys.sealing_public);
    sync::PushBatchWriter writer("tablet-9", std::nullopt, std::nullopt);
    for (auto r : {record("tablet-9", "check_in", 7, ""), record("tablet-9", "check_in", 8, "")}) {
        protector.protect(r);
        writer.add_canonical(r);
    }
    const auto seal = protector.finish(std::nullopt, std::nullopt);
    auto manifest = *sync::decode_manifest(seal.manifest);
    manifest.batch_key = first_key;
    const std::string text = sync::encode_manifest(manifest);
    writer.seal_with({.batch_key = first_key, .manifest = text, .signature = sync::sign_manifest(text, e.keys.signing_secret)});
    CHECK_THROWS_WITH(send(f, e, writer.take_body()), ContainsSubstring("replayed or forged"));
    CHECK(stored_records(f) == 4);
}

TEST_CASE("format 2: over the wire a refused batch is a 400 with the reason, and the device keeps its records") {
    SyncFixture f;
    const Enrolled e = enrolled(f);
    queue(f, "concern", kCanary);
    queue(f, "check_in", "plain");
    // The device's batches reach a server that expects another key for it: every manifest is
    // refused, so nothing is stored and everything stays queued for a person to look at.
    const auto imposter = app::generate_device_keys();
    auto keys = e.keys;
    keys.signing_secret = imposter.signing_secret;
    keys.signing_public = imposter.signing_public;
    app::save_device_keys(app::key_directory(e.config), keys);
    const auto summary = f.sync();
    CHECK_THAT(summary.problem, ContainsSubstring("HTTP 400"));
    CHECK(summary.sent == 0);
    CHECK(stored_records(f) == 0);
}

TEST_CASE("format 1: a device not yet updated still syncs signed and sealed records against this server") {
    SyncFixture f;
    enrolled(f);
    const std::string concern = queue(f, "concern", kCanary);
    const std::string check_in = queue(f, "check_in", "plain");
    app::SyncOptions options;
    options.push_format = 1;  // a signature and a sealed box per record, as before issue #17
    const auto summary = f.sync(options);
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 2);
    CHECK(summary.rejected == 0);
    CHECK_THAT(f.server_store->stored_payload(concern).value_or(""), ContainsSubstring(kCanary));
    // Checked on arrival, record by record; no manifest to keep.
    CHECK_FALSE(f.server_store->record_proof(concern));
    CHECK_FALSE(f.server_store->record_proof(check_in));
}

// The server keeps a sealed payload as the device hashed it, so it takes only canonical text
// (nlohmann's compact dump, keys sorted): every later reader then sees what the schema check saw.
// (batch_rules.cpp, prepare_sealed_batch_record); no test held this defence before.
TEST_CASE("format 2: a sealed payload that is JSON but not in canonical form is refused, that record alone") {
    SyncFixture f;
    const Enrolled e = enrolled(f);
    const std::string canonical = sample_payload("concern", 1, "tea in the garden room");
    REQUIRE(json::parse(canonical).dump() == canonical);
    const auto variant = [&](std::string text, const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    const std::vector<std::string> payloads{
        canonical,
        variant(canonical, "\":", "\": "),                                  // white space
        variant(canonical, "{", "{\"text\":\"something else\","),           // a key twice
        variant(canonical, "tea in", "t\\u0065a in"),                       // an escape spelled out
        variant(canonical, "tea in the garden room\"", "tea in the garden room\" "),  // space before }
        canonical.substr(0, canonical.size() - 1) + ",\"zz\":1}",           // one more key
    };
    sync::BatchProtector protector(e.identity.device_id, e.keys.signing_secret, e.keys.sealing_public);
    sync::PushBatchWriter writer(e.identity.device_id, std::nullopt, std::nullopt);
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        auto r = record(e.identity.device_id, "concern", static_cast<int>(i), "");
        r.payload_json = payloads[i];
        protector.protect(r);  // sealed as queued, unparsed
        writer.add_canonical(r);
    }
    writer.seal_with(protector.finish(std::nullopt, std::nullopt));
    const auto results = send(f, e, writer.take_body());
    REQUIRE(results.size() == payloads.size());
    CHECK(results[0].status == sync::RecordStatus::Stored);
    for (std::size_t i = 1; i < 5; ++i) {
        INFO(payloads[i]);
        CHECK(results[i].status == sync::RecordStatus::Rejected);
        CHECK_THAT(results[i].reason, ContainsSubstring("not compact JSON with sorted keys"));
    }
    // Canonical, but a key its kind does not have: the schema check's refusal, not this one.
    CHECK(results[5].status == sync::RecordStatus::Rejected);
    CHECK_THAT(results[5].reason, !ContainsSubstring("sorted keys"));
    CHECK(stored_records(f) == 1);
}
