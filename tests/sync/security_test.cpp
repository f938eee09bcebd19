// Issue #6, items 1-4 against the real reference server over real TLS: enrolment with a
// one-time token, signed records, sealed records and the audit chain head. Each test fails
// when its defence is removed (docs/SECURITY.md lists which).
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sodium.h>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/sync/record_protection.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "tests/support/sample_data.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/record_signature.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

constexpr const char* kCanary = "Zebulon Quixotewright";

// The fixture's device, enrolled through the real endpoint: its configuration keeps only
// the storage paths, so everything else must come from what enrolment wrote.
app::Config enrol(SyncFixture& f, const std::string& device_id = "tablet-7") {
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

app::DeviceKeys keys_of(const app::Config& config) { return *app::load_device_keys(app::key_directory(config)); }

// A record as the device would send it, signed (and sealed) with `keys`.
sync::PushRecord signed_record(const app::DeviceKeys& keys, const std::string& device_id, const std::string& kind,
                               const std::string& text) {
    sync::PushRecord r{.uuid = "u-" + kind + "-" + std::to_string(text.size()), .kind = kind,
                       .schema = kind == "addendum" ? 1 : 2,
                       .created_at = kDemoNow, .device_id = device_id,
                       .payload_json = sample_payload(kind, static_cast<int>(text.size()), text), .signature = {},
                       .sealed = {}};
    app::protect_record(r, keys);
    return r;
}

// A feedback record of the fixture's unenrolled device "lobby-1", as it would arrive unsigned.
sync::PushRecord unsigned_feedback(const std::string& uuid) {
    return sync::PushRecord{.uuid = uuid, .kind = "feedback", .schema = 2, .created_at = kDemoNow,
                            .device_id = "lobby-1", .payload_json = sample_payload("feedback", 1, ""), .signature = {},
                            .sealed = {}};
}

// The identity the server gives the token of an enrolled device's configuration.
sync::server::DeviceIdentity identity_of(SyncFixture& f, const app::Config& config) {
    return f.identity(app::load_sync_settings(config).token);
}

std::vector<sync::RecordResult> push_direct(SyncFixture& f, const sync::server::DeviceIdentity& device,
                                            std::vector<sync::PushRecord> records,
                                            std::optional<std::string> head = std::nullopt,
                                            std::optional<std::string> anchor = std::nullopt) {
    const sync::PushBatch batch{.device_id = device.device_id, .records = std::move(records),
                                .audit_head = std::move(head), .audit_anchor = std::move(anchor),
                                .audit_signature = std::nullopt, .seal = {}};
    return f.server_store->store_batch(sync::decode_push_batch(sync::encode_push_batch(batch)), device, f.sealing_keys);
}

}  // namespace

TEST_CASE("enrolment writes the device's keys, token and identity 0600, and the device then syncs signed records") {
    SyncFixture f;
    const app::Config config = enrol(f);
    const fs::path keys = app::key_directory(config);
    for (const char* file : {app::kSigningKeyFile, app::kSealingKeyFile, app::kDeviceTokenFile, app::kEnrolmentFile}) {
        INFO(file);
        REQUIRE(fs::exists(keys / file));
        CHECK((fs::status(keys / file).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
              fs::perms::none);
    }
    const auto settings = app::load_sync_settings(config);
    CHECK(settings.device_id == "tablet-7");
    REQUIRE(settings.keys);

    const std::string concern = queue(f, "concern", kCanary);
    const std::string check_in = queue(f, "check_in", "plain");
    // The kinds the staff face queues for corrections and reviews (RecordService).
    const std::string addendum = queue(f, "record_addendum", kCanary);
    queue(f, "record_review", "reviewed");
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.rejected == 0);
    CHECK(summary.sent == 4);
    CHECK_THAT(f.server_store->stored_payload(addendum).value_or(""), ContainsSubstring(kCanary));
    // The server opened the sealed concern with its own key and stored what the worker wrote.
    CHECK_THAT(f.server_store->stored_payload(concern).value_or(""), ContainsSubstring(kCanary));
    CHECK(f.server_store->copies_of(check_in) == 1);
}

TEST_CASE("a one-time enrolment token cannot be used twice") {
    SyncFixture f;
    const std::string token = f.server_store->issue_enrolment_token(
        {.device_id = "tablet-8", .venue_id = SyncFixture::kVenue, .role = sync::DeviceRole::Tablet,
         .valid_for = std::chrono::hours{24}});
    const auto attempt = [&](const TestStore& device) {
        app::Config c = app::demo_config(device.dir.path());
        c.database_file = device.database_file;
        c.key_file = device.key_file;
        app::enrol_device(c, {.server_url = f.config.server_url, .token = token, .pin_sha256 = {},
                              .ca_file = f.config.ca_file.string()});
    };
    attempt(f.device);
    TestStore second;
    try {
        attempt(second);
        FAIL("a used token enrolled a second device");
    } catch (const app::CommandError& error) {
        CHECK_THAT(error.what(), ContainsSubstring("already been used"));
        CHECK(error.exit_code() == 3);
    }
    // Nothing was written for the refused device.
    CHECK_FALSE(fs::exists(second.dir / "keys" / app::kSigningKeyFile));
    CHECK_FALSE(fs::exists(second.dir / "keys" / app::kEnrolmentFile));
    // An enrolled device does not enrol again over its own keys.
    CHECK_THROWS_AS(attempt(f.device), app::CommandError);
}

TEST_CASE("the server rejects a record changed after signing, unsigned, or signed by another key") {
    SyncFixture f;
    const app::Config config = enrol(f);
    const app::DeviceKeys keys = keys_of(config);

    auto changed = signed_record(keys, "tablet-7", "check_in", "arrived 10:05");
    changed.payload_json = sample_payload("check_in", 99, "");
    auto unsigned_record = signed_record(keys, "tablet-7", "feedback", "smile");
    unsigned_record.signature.reset();
    app::DeviceKeys stranger = app::generate_device_keys();
    stranger.sealing_public = keys.sealing_public;
    const auto foreign = signed_record(stranger, "tablet-7", "alert", "late");
    const auto good = signed_record(keys, "tablet-7", "check_in", "arrived 10:06");

    const auto results = push_direct(f, identity_of(f, config), {changed, unsigned_record, foreign, good});
    REQUIRE(results.size() == 4);
    CHECK(results[0].status == sync::RecordStatus::Rejected);
    CHECK_THAT(results[0].reason, ContainsSubstring("signature does not match"));
    CHECK(results[1].status == sync::RecordStatus::Rejected);
    CHECK_THAT(results[1].reason, ContainsSubstring("not signed"));
    CHECK(results[2].status == sync::RecordStatus::Rejected);
    CHECK_THAT(results[2].reason, ContainsSubstring("signature does not match"));
    CHECK(results[3].status == sync::RecordStatus::Stored);
}

TEST_CASE("a sealed record cannot be opened with any key the device holds, and never travels in plain") {
    SyncFixture f;
    const app::Config config = enrol(f);
    const app::DeviceKeys keys = keys_of(config);
    const auto record = signed_record(keys, "tablet-7", "observation_record", kCanary);
    REQUIRE(record.sealed);
    const std::string wire = sync::encode_push_batch({.device_id = "tablet-7", .records = {record}, .audit_head = {},
                                                       .audit_anchor = {}, .audit_signature = {}, .seal = {}});
    CHECK_THAT(wire, !ContainsSubstring("Zebulon"));
    CHECK_THAT(record.payload_json, !ContainsSubstring("text"));

    const auto sealed = *sync::decode_base64(*record.sealed);
    std::vector<unsigned char> plain(sealed.size() - crypto_box_SEALBYTES);
    // The device's own key pair, turned into the X25519 keys a sealed box could use.
    std::array<unsigned char, 32> device_public{};
    std::array<unsigned char, 32> device_secret{};
    REQUIRE(crypto_sign_ed25519_pk_to_curve25519(device_public.data(), keys.signing_public.data()) == 0);
    REQUIRE(crypto_sign_ed25519_sk_to_curve25519(device_secret.data(), keys.signing_secret.data()) == 0);
    CHECK(crypto_box_seal_open(plain.data(), sealed.data(), sealed.size(), device_public.data(),
                               device_secret.data()) != 0);
    // The server's public key paired with any secret the device holds does not open it either.
    CHECK(crypto_box_seal_open(plain.data(), sealed.data(), sealed.size(), keys.sealing_public.data(),
                               device_secret.data()) != 0);
    std::array<unsigned char, 32> seed_as_secret{};
    std::copy_n(keys.signing_secret.begin(), 32, seed_as_secret.begin());
    CHECK(crypto_box_seal_open(plain.data(), sealed.data(), sealed.size(), keys.sealing_public.data(),
                               seed_as_secret.data()) != 0);

    // The server holds the secret key and opens it.
    const auto results = push_direct(f, identity_of(f, config), {record});
    REQUIRE(results.size() == 1);
    CHECK(results[0].status == sync::RecordStatus::Stored);
    CHECK_THAT(f.server_store->stored_payload(record.uuid).value_or(""), ContainsSubstring(kCanary));
}

TEST_CASE("an enrolled device's records with free text or health data must arrive sealed") {
    SyncFixture f;
    const app::Config config = enrol(f);
    const app::DeviceKeys keys = keys_of(config);
    // A check-in carries ids and times only: plain is fine.
    std::vector<sync::PushRecord> records{signed_record(keys, "tablet-7", "check_in", "")};
    // Every other kind signed properly with the device's key, but not sealed.
    // Issue #13 added the venue's snapshots with names, health data, words or a PIN hash; issue
    // #15 the coordinator's notices that carry a reason.
    const std::vector<std::string> sealed_kinds{
        "observation_record", "record_addendum", "addendum",         "concern",           "comfort_call",
        "icebreaker",         "feedback",        "missed_session_notice", "staff",        "child",
        "adult",              "referral",        "risk_assessment",   "agreement_version", "booking",
        "comfort_call_state", "icebreaker_state", "record_draft",     "session_cancelled", "session_moved",
        "referral_closed",    "case_flag"};
    for (const auto& kind : sealed_kinds) {
        // "addendum" is the name of devices before issue #13, with their schema 1.
        sync::PushRecord plain{.uuid = "plain-" + kind, .kind = kind, .schema = kind == "addendum" ? 1 : 2,
                               .created_at = kDemoNow,
                               .device_id = "tablet-7", .payload_json = sample_payload(kind, 1, kCanary),
                               .signature = {}, .sealed = {}};
        const std::string message = sync::signing_bytes(plain);
        std::array<unsigned char, crypto_sign_BYTES> signature{};
        crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                             message.size(), keys.signing_secret.data());
        plain.signature = "ed25519:" + sync::encode_base64(signature.data(), signature.size());
        records.push_back(plain);
    }
    const auto results = push_direct(f, identity_of(f, config), records);
    REQUIRE(results.size() == sealed_kinds.size() + 1);
    CHECK(results[0].status == sync::RecordStatus::Stored);
    for (std::size_t i = 1; i < results.size(); ++i) {
        INFO(sealed_kinds[i - 1]);
        CHECK(results[i].status == sync::RecordStatus::Rejected);
        CHECK_THAT(results[i].reason, ContainsSubstring("must arrive sealed"));
    }
    // And the device seals them all itself.
    for (const auto& kind : sealed_kinds) {
        INFO(kind);
        CHECK(signed_record(keys, "tablet-7", kind, kCanary).sealed.has_value());
    }
}

TEST_CASE("each push carries the audit head, and a device whose history went backwards is refused") {
    SyncFixture f;
    f.enqueue(3, "feedback");
    f.enqueue(1, "feedback");
    f.enqueue(1, "feedback");
    const auto first = f.sync();
    CHECK(first.sent == 5);
    CHECK(f.server_store->history_rewrites("lobby-1") == 0);

    // The same device's database replaced by an older (here: fresh) copy, then synced with the
    // same token: its audit chain is shorter than the one the server has seen.
    TestStore older;
    app::Config config = f.config;
    config.database_file = older.database_file;
    config.key_file = older.key_file;
    {
        store::WriteTransaction tx(older.db, "staff:1", kDemoNow);
        tx.enqueue(store::OutboxMessage{.kind = "feedback", .entity_id = 1, .payload = sample_payload("feedback", 1, ""),
                                        .fast_lane = false});
        tx.audit("test.enqueued", "feedback", 1);
        tx.commit();
    }
    app::SyncProgressBoard board;
    const auto second = app::sync_once(config, f.clock, board, {}, nullptr, SyncFixture::quick_tuning());
    CHECK(second.sent == 0);
    REQUIRE(second.rejections.size() == 1);
    CHECK_THAT(second.rejections[0].reason, ContainsSubstring("audit history was rewritten"));
    CHECK(f.server_store->history_rewrites("lobby-1") == 1);
}

TEST_CASE("the server refuses an audit head that repeats a row with another hash or goes back") {
    SyncFixture f;
    const std::string a(64, 'a');
    const std::string b(64, 'b');
    CHECK(push_direct(f, f.device_identity(), {unsigned_feedback("1")}, "10:" + a)[0].status == sync::RecordStatus::Stored);
    CHECK(push_direct(f, f.device_identity(), {unsigned_feedback("2")}, "12:" + a, "10:" + a)[0].status == sync::RecordStatus::Stored);
    const auto same_row_other_hash = push_direct(f, f.device_identity(), {unsigned_feedback("3")}, "12:" + b, "12:" + a);
    CHECK(same_row_other_hash[0].status == sync::RecordStatus::Rejected);
    CHECK_THAT(same_row_other_hash[0].reason, ContainsSubstring("different hash"));
    const auto backwards = push_direct(f, f.device_identity(), {unsigned_feedback("4")}, "11:" + a, "10:" + a);
    CHECK(backwards[0].status == sync::RecordStatus::Rejected);
    CHECK_THAT(backwards[0].reason, ContainsSubstring("rewritten"));
    CHECK(push_direct(f, f.device_identity(), {unsigned_feedback("5")}, "13:" + b, "12:" + a)[0].status == sync::RecordStatus::Stored);
    CHECK(f.server_store->history_rewrites("lobby-1") == 2);
}

TEST_CASE("a batch must vouch for the newest audit row the server saw, as the device has it now") {
    SyncFixture f;
    const std::string a(64, 'a');
    const std::string b(64, 'b');
    auto refused = [&](const std::string& uuid, std::optional<std::string> anchor, const std::string& why) {
        const auto result = push_direct(f, f.device_identity(), {unsigned_feedback(uuid)}, "90:" + a, std::move(anchor));
        CHECK(result[0].status == sync::RecordStatus::Rejected);
        CHECK_THAT(result[0].reason, ContainsSubstring("rewritten") && ContainsSubstring(why));
    };
    CHECK(push_direct(f, f.device_identity(), {unsigned_feedback("1")}, "10:" + a)[0].status == sync::RecordStatus::Stored);
    CHECK(push_direct(f, f.device_identity(), {unsigned_feedback("2")}, "20:" + a, "10:" + a)[0].status == sync::RecordStatus::Stored);
    CHECK(push_direct(f, f.device_identity(), {unsigned_feedback("3")}, "30:" + a, "20:" + a)[0].status == sync::RecordStatus::Stored);
    refused("4", std::nullopt, "does not vouch for row 30");
    refused("5", "30:" + b, "row 30 has a different hash");
    // Row 10 is from before: a history rewritten after it would still vouch for it.
    refused("6", "10:" + a, "vouches for row 10");
    CHECK(f.server_store->history_rewrites("lobby-1") == 3);
    // The next batch may vouch for the head before the newest: it was built while that one travelled.
    CHECK(push_direct(f, f.device_identity(), {unsigned_feedback("7")}, "40:" + a, "20:" + a)[0].status == sync::RecordStatus::Stored);
    CHECK(f.server_store->audit_seen(f.device_identity()) == 40);
}

TEST_CASE("a device whose audit rows were deleted and then outgrown by new work is still caught") {
    SyncFixture f;
    f.enqueue(3, "feedback");
    CHECK(f.sync().sent == 3);
    const std::int64_t seen = f.server_store->audit_seen(f.device_identity());
    REQUIRE(seen > 5);
    // An insider with the database key removes the last rows the server saw; the device then
    // goes on working, so its chain is whole again and longer than the one the server saw.
    f.device.db.exec("DROP TRIGGER audit_log_no_delete");
    f.device.db.exec("DELETE FROM audit_log WHERE seq > " + std::to_string(seen - 5));
    CHECK(store::AuditLog::verify(f.device.db).whole);
    for (int i = 0; i < 10; ++i) f.enqueue(1, "feedback");
    REQUIRE(store::AuditLog::latest(f.device.db, 1).front().seq > seen);

    const auto summary = f.sync();
    CHECK(summary.sent == 0);
    REQUIRE(summary.rejections.size() == 10);
    CHECK_THAT(summary.rejections[0].reason, ContainsSubstring("audit history was rewritten"));
    CHECK(f.server_store->history_rewrites("lobby-1") >= 1);
}

TEST_CASE("a worker's final record and addendum reach the server signed and sealed, then leave the device") {
    SyncFixture f;
    enrol(f);
    const auto family = add_sample_family(f.device.db);
    core::FixedClock clock{kDemoNow + 2h};
    app::RecordService records{f.device.db, clock};
    const core::Id id = records.open_draft(family.session, family.worker);
    for (core::RecordSection s : core::required_sections()) {
        records.save_section(id, family.worker, s, std::string(kCanary) + " " + std::string(core::to_string(s)));
    }
    REQUIRE(records.finalize(id, family.worker).finalized);
    records.add_addendum(id, family.worker, "Correction by Zebulon's worker");

    f.config.keep_synced_days = 7;
    f.clock.set(kDemoNow + 3h);
    const auto summary = f.sync();
    CHECK(summary.rejected == 0);
    CHECK(summary.still_queued == 0);
    CHECK(f.server_store->count_by_kind().at("observation_record") == 1);
    CHECK(f.server_store->count_by_kind().at("record_addendum") == 1);
    // Still readable on the device for the week; gone after it, with the server's copy intact.
    CHECK(records.record(id)->sections.size() == core::required_sections().size());
    f.clock.set(kDemoNow + 24h * 8);
    f.sync();
    CHECK(records.record(id)->sections.empty());
    CHECK(records.record(id)->state == core::RecordState::Final);
    CHECK(f.server_store->count_by_kind().at("observation_record") == 1);
}
