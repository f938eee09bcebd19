// Issue #12 on the device's side, against the real reference server over TLS: the batch's
// audit head must be signed by the device's key, an operator can put rejected records back in
// the queue, the device rotates its bearer token, and a lobby can apply its scoped feed.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/sync/record_protection.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "kiosk/app/sync/sync_token.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/push_batch.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "tests/sync/sync_fixture.hpp"
#include "tests/sync/venue_samples.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {

app::Config enrolled(SyncFixture& f, const std::string& id, sync::DeviceRole role) {
    const std::string token = f.server_store->issue_enrolment_token(
        {.device_id = id, .venue_id = SyncFixture::kVenue, .role = role, .valid_for = std::chrono::hours{24}});
    app::Config bare = app::demo_config(f.device.dir.path());
    bare.database_file = f.device.database_file;
    bare.key_file = f.device.key_file;
    bare.ca_file = f.config.ca_file;
    app::enrol_device(bare, {.server_url = f.config.server_url, .token = token, .pin_sha256 = {},
                             .ca_file = f.config.ca_file.string()});
    return bare;
}

// Imports a venue with a room, the child and referral given (uuids 10 and 30), and an agreement
// with a version at that room, so the family belongs to the venue a lobby is enrolled for.
void import_lobby_family(SyncFixture& f, const nlohmann::json& child, const nlohmann::json& referral) {
    const auto u = sample_uuid;
    nlohmann::json changes = nlohmann::json::array();
    changes.push_back({{"kind", "venue"},
                       {"data", {{"uuid", u(1)}, {"number", 1}, {"name", "Riverside"}, {"time_zone", "Europe/London"}}}});
    changes.push_back({{"kind", "room"}, {"data", {{"uuid", u(5)}, {"venue_uuid", u(1)}, {"name", "Oak"}, {"capacity", 6},
                                                   {"features", nlohmann::json::array()}}}});
    changes.push_back({{"kind", "child"}, {"data", child}});
    changes.push_back({{"kind", "referral"}, {"data", referral}});
    changes.push_back({{"kind", "agreement"}, {"data", {{"uuid", u(40)}, {"child_uuid", u(10)}, {"referral_uuid", u(30)},
                                                        {"created_at", "2026-11-02T09:00:00Z"}}}});
    changes.push_back(sample_agreement_version_change(nlohmann::json::array(), nlohmann::json::array()));
    f.server_store->import_feed(nlohmann::json{{"changes", changes}}.dump());
}

std::int64_t audit_rows(SyncFixture& f, const std::string& action) {
    std::int64_t n = 0;
    for (const auto& row : store::AuditLog::latest(f.device.db, 200)) n += row.entry.action == action ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("an enrolled device's batch must carry its audit head signed by its key") {
    SyncFixture f;
    f.config = enrolled(f, "tablet-7", sync::DeviceRole::Tablet);
    const auto settings = app::load_sync_settings(f.config);
    const auto device = f.identity(settings.token);
    const std::string head = "5:" + std::string(64, 'a');
    // A token alone (no key) planting a far-ahead head is turned away before anything is kept.
    sync::ReceivedBatch forged{.device_id = "tablet-7", .records = {}, .audit_head = "900:" + std::string(64, 'f'),
                               .audit_anchor = {}, .audit_signature = {}, .api_version = 1, .seal = {}};
    CHECK_THAT(sync::server::verify_audit_claims(forged, device.public_key), ContainsSubstring("not signed"));
    forged.audit_signature = app::sign_audit_claims("tablet-7", std::string{"901:"} + std::string(64, 'f'), {},
                                                    *settings.keys);
    CHECK_THAT(sync::server::verify_audit_claims(forged, device.public_key), ContainsSubstring("not signed"));
    // Signed by the key, for this device and these claims, it passes.
    const sync::ReceivedBatch good{.device_id = "tablet-7", .records = {}, .audit_head = head, .audit_anchor = {},
                                   .audit_signature = app::sign_audit_claims("tablet-7", head, {}, *settings.keys),
                                   .api_version = 1, .seal = {}};
    CHECK(sync::server::verify_audit_claims(good, device.public_key).empty());
    // Over the wire, the device signs its heads itself and its records go through.
    f.enqueue(3, "check_in");
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 3);
    CHECK(f.server_store->audit_seen(device) > 0);
}

TEST_CASE("an operator puts records the device holds as rejected back in the queue, with an audit row") {
    SyncFixture f;
    f.enqueue(2, "check_in");
    f.enqueue(1, "horoscope");
    REQUIRE(f.sync().rejected == 1);
    store::OutboxRepository outbox(f.device.db);
    const auto rejected = outbox.rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].kind == "horoscope");
    CHECK_THAT(rejected[0].reason, ContainsSubstring("unknown record kind"));
    {
        store::WriteTransaction tx(f.device.db, "operator", f.clock.now());
        CHECK(outbox.requeue_rejected(tx, {"not-a-uuid"}) == 0);
        CHECK(outbox.requeue_rejected(tx, {rejected[0].uuid}) == 1);
        tx.commit();
    }
    CHECK(f.outbox_counts().rejected == 0);
    CHECK(f.outbox_counts().queued == 1);
    CHECK(audit_rows(f, "outbox.requeued") == 1);
    CHECK(store::AuditLog::verify(f.device.db).whole);
    // Sent again at the next sync (and rejected again, the server's reason being unchanged).
    CHECK(f.sync().rejected == 1);
}

TEST_CASE("the device rotates its bearer token: the file changes, the old token stops, syncs go on") {
    SyncFixture f;
    const std::string old_token = app::load_sync_settings(f.config).token;
    app::rotate_device_token(f.config, SyncFixture::quick_tuning());
    const std::string new_token = app::load_sync_settings(f.config).token;
    CHECK(new_token != old_token);
    CHECK_FALSE(f.server_store->authenticate(old_token).has_value());
    CHECK((std::filesystem::status(f.config.token_file).permissions() &
           (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) == std::filesystem::perms::none);
    f.enqueue(2, "check_in");
    CHECK(f.sync().sent == 2);
}

TEST_CASE("a lobby device applies its scoped feed: the family's first names, none of its restricted fields") {
    SyncFixture f;
    f.config = enrolled(f, "lobby-3", sync::DeviceRole::Lobby);
    const auto u = sample_uuid;
    import_lobby_family(f,
                        {{"uuid", u(10)}, {"first_name", "Zephyrine"}, {"date_of_birth", "2019-04-02"},
                         {"restricted_surname", "Quarrington"}, {"medical", "inhaler"}},
                        {{"uuid", u(30)}, {"child_uuid", u(10)}, {"social_worker", "A. Worker"},
                         {"received_at", "2026-11-01T09:00:00Z"}, {"status", "agreed"}});
    const auto summary = f.sync();
    CHECK(summary.problem == "");
    const auto child_id = store::UuidIndex(f.device.db).id_of(store::Table::Children, u(10));
    REQUIRE(child_id);
    const auto child = store::FamilyRepository(f.device.db).child(*child_id);
    REQUIRE(child);
    CHECK(child->first_name == "Zephyrine");
    CHECK(child->restricted_surname.empty());
    CHECK(child->medical.empty());
    auto q = f.device.db.cached("SELECT count(*) FROM referrals");
    q.step();
    CHECK(q.int64(0) == 0);
}

TEST_CASE("a lobby that syncs with the upstream without a hub gets the family's language from its referrals", "[language]") {
    SyncFixture f;
    f.config = enrolled(f, "lobby-3", sync::DeviceRole::Lobby);
    const auto u = sample_uuid;
    const auto referral = [&](const char* language, bool interpreter) {
        return nlohmann::json{{"kind", "referral"},
                              {"data", {{"uuid", u(30)}, {"child_uuid", u(10)}, {"social_worker", "A. Worker"},
                                        {"received_at", "2026-11-01T09:00:00Z"}, {"status", "agreed"},
                                        {"preferred_language", language}, {"interpreter_needed", interpreter}}}};
    };
    import_lobby_family(f, {{"uuid", u(10)}, {"first_name", "Zephyrine"}, {"date_of_birth", "2019-04-02"}},
                        referral("pl", true).at("data"));
    REQUIRE(f.sync().problem.empty());
    const auto language_on_lobby = [&] {
        auto q = f.device.db.cached("SELECT preferred_language, interpreter_needed FROM children WHERE uuid = ?");
        q.bind_all(u(10));
        REQUIRE(q.step());
        const auto found = std::pair{q.text(0), q.int64(1)};
        CHECK_FALSE(q.step());  // done, so the statement holds no read snapshot into the next sync
        return found;
    };
    // The code only: a lobby holds no interpreter flag and no referral.
    CHECK(language_on_lobby() == std::pair{std::string{"pl"}, std::int64_t{0}});
    {
        auto referrals = f.device.db.cached("SELECT count(*) FROM referrals");
        referrals.step();
        CHECK(referrals.int64(0) == 0);
        CHECK_FALSE(referrals.step());
    }

    // A later file changes only the referral: the child goes again with the new language.
    f.server_store->import_feed(nlohmann::json{{"changes", nlohmann::json::array({referral("es", false)})}}.dump());
    REQUIRE(f.sync().problem.empty());
    CHECK(language_on_lobby().first == "es");
}
