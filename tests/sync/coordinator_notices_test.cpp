// The coordinator's week actions (issue #15, item 5) queue notices for the social work team:
// record_handover, session_cancelled, session_moved and referral_closed. An enrolled device
// sends each one, made by the real services, to the real server over TLS, and the server
// checks it against its kind's schema and stores it. The kinds that carry the coordinator's
// reason travel sealed; none carries a visit code (the family's key to the lobby), and a
// hand-over never carries its reason.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/coordinator/case_service.hpp"
#include "kiosk/app/coordinator/record_desk_service.hpp"
#include "kiosk/app/coordinator/session_change_service.hpp"
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/record_signature.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;

namespace {

constexpr const char* kReason = "Quillon Marchbanks cannot come";  // a canary in every reason
constexpr const char* kHandoverReason = "Jo is off sick with Zygmunt flu";

// The fixture's device, enrolled as the coordinator's PC through the real endpoint, so its
// records are signed and the free-text kinds sealed.
void enrol_coordinator(SyncFixture& f) {
    const std::string token = f.server_store->issue_enrolment_token(
        {.device_id = "coordinator-1", .venue_id = SyncFixture::kVenue, .role = sync::DeviceRole::Coordinator,
         .valid_for = std::chrono::hours{24}});
    app::Config bare = app::demo_config(f.device.dir.path());
    bare.database_file = f.device.database_file;
    bare.key_file = f.device.key_file;
    app::enrol_device(bare, {.server_url = f.config.server_url, .token = token, .pin_sha256 = {},
                             .ca_file = f.config.ca_file.string()});
}

core::Id booked_next_week(store::Database& db, core::Id like, int hour, const char* code) {
    core::Session s = store::SessionRepository(db).find(like).value();
    s.id = 0;
    s.starts_at = core::local_to_utc("2026-11-30", hour, 0, "Europe/London");
    s.visit_code = code;
    store::WriteTransaction tx(db, "system:test", kDemoNow);
    const core::Id id = store::SessionRepository(db).add(tx, s);
    tx.commit();
    return id;
}

}  // namespace

TEST_CASE("a coordinator's hand-over, cancelled and moved sessions and closed referral reach the server") {
    SyncFixture f;
    enrol_coordinator(f);
    const auto family = add_sample_family(f.device.db);
    core::FixedClock clock{kDemoNow + 2h};  // the sample session (11:00-12:00) has ended
    core::Id alex = 0;
    core::Id sam = 0;
    core::Id referral = 0;
    // Two more of the child's sessions booked next week (copies of the sample one while it is booked).
    const core::Id cancelled = booked_next_week(f.device.db, family.session, 14, "HJ4KMP");
    const core::Id moved = booked_next_week(f.device.db, family.session, 16, "QX7RTW");
    {
        store::WriteTransaction tx(f.device.db, "system:test", kDemoNow);
        store::StaffRepository staff(f.device.db);
        alex = staff.add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        sam = staff.add(tx, {0, "Sam", core::Role::Worker, true}, "");
        referral = store::ReferralRepository(f.device.db).add(
            tx, {0, family.child, "Dana Okafor", "Weekly contact.", kDemoNow - 24h, core::ReferralStatus::Agreed});
        store::SessionRepository sessions(f.device.db);
        sessions.record_child_arrived(tx, family.session, "Helen");
        sessions.record_started(tx, family.session);
        sessions.record_ended(tx, family.session, "", "");
        tx.commit();
    }
    const app::CoordinatorContext ctx{f.device.db, clock, "Europe/London", alex};

    // Jo's draft, handed to Sam.
    app::RecordService records(f.device.db, clock);
    const core::Id draft = records.open_draft(family.session, family.worker);
    REQUIRE(app::hand_over_draft(ctx, draft, sam, kHandoverReason).empty());
    // One session cancelled, one moved, then the referral closed (which cancels the moved one).
    REQUIRE(app::cancel_session(ctx, cancelled, kReason).problems.empty());
    const auto move = app::move_session(ctx, moved, "2026-12-01", 10, 0, kReason);
    REQUIRE(move.problems.empty());
    REQUIRE(move.clashes.empty());
    REQUIRE(app::close_referral(ctx, referral, kReason).problems.empty());

    // What the device queued, by kind (before the sync takes it).
    std::map<std::string, std::vector<std::string>> uuids;
    for (const auto& item : store::OutboxRepository(f.device.db).next_batch(50)) uuids[item.kind].push_back(item.uuid);
    REQUIRE(uuids["record_handover"].size() == 1);
    REQUIRE(uuids["session_cancelled"].size() == 2);  // the one cancelled, and the moved one's new session
    REQUIRE(uuids["session_moved"].size() == 1);
    REQUIRE(uuids["referral_closed"].size() == 1);

    f.clock.set(clock.now());
    const auto summary = f.sync();
    CHECK(summary.rejected == 0);
    CHECK(summary.still_queued == 0);
    const auto stored = f.server_store->count_by_kind();
    CHECK(stored.at("record_handover") == 1);
    CHECK(stored.at("session_cancelled") == 2);
    CHECK(stored.at("session_moved") == 1);
    CHECK(stored.at("referral_closed") == 1);

    // The server opened the sealed ones and kept the reason; no notice names a visit code.
    for (const auto& [kind, list] : uuids) {
        for (const auto& uuid : list) {
            INFO(kind);
            const std::string payload = f.server_store->stored_payload(uuid).value_or("");
            REQUIRE_FALSE(payload.empty());
            CHECK(sync::check_payload(kind, 2, nlohmann::json::parse(payload)).empty());  // UUIDs since issue #13
            CHECK_THAT(payload, !ContainsSubstring("HJ4KMP"));
            CHECK_THAT(payload, !ContainsSubstring("QX7RTW"));
            CHECK_THAT(payload, !ContainsSubstring(move.new_visit_code));
            if (kind == "record_handover") {
                CHECK_FALSE(sync::is_sealed_kind(kind));
                CHECK_THAT(payload, !ContainsSubstring("Zygmunt"));  // the hand-over's reason stays here
            } else {
                CHECK(sync::is_sealed_kind(kind));
                CHECK_THAT(payload, ContainsSubstring(kReason));
            }
        }
    }
}

TEST_CASE("the server refuses a week-action notice whose payload is not its kind's") {
    const auto shaped = [](const std::string& kind, const std::string& json) {
        return sync::check_payload(kind, 1, nlohmann::json::parse(json));
    };
    const std::string cancel = R"({"schema":1,"session_id":3,"child_id":1,"starts_at":"2026-11-30T14:00:00Z",)"
                               R"("reason":"r","recorded_at":"2026-11-23T10:05:00Z")";
    CHECK(shaped("session_cancelled", cancel + "}").empty());
    CHECK(shaped("session_cancelled", cancel + R"(,"closed_referral_id":2})").empty());
    // A visit code, or any field the schema does not list, is refused.
    CHECK_THAT(shaped("session_cancelled", cancel + R"(,"visit_code":"HJ4KMP"})"), ContainsSubstring("does not have"));
    CHECK_THAT(shaped("session_cancelled", cancel + R"(,"closed_referral_id":"2"})"),
               ContainsSubstring("closed_referral_id"));
    CHECK_THAT(shaped("session_moved", cancel + "}"), ContainsSubstring("new_session_id"));
    // A hand-over is ids and times: a reason cannot travel in it.
    const std::string handover = R"({"schema":1,"record_id":1,"session_id":1,"from_staff":1,"to_staff":2,)"
                                 R"("by_staff":3,"at":"2026-11-23T10:05:00Z")";
    CHECK(shaped("record_handover", handover + "}").empty());
    CHECK_THAT(shaped("record_handover", handover + R"(,"reason":"off sick"})"), ContainsSubstring("does not have"));
    CHECK_THAT(shaped("referral_closed", R"({"schema":1,"referral_id":1,"child_id":1,"closed_by":1,)"
                                         R"("closed_at":"2026-11-23T10:05:00Z"})"),
               ContainsSubstring("reason"));
    CHECK_THAT(shaped("referral_closed", R"({"referral_id":1,"child_id":1,"reason":"r","closed_by":1,)"
                                         R"("closed_at":"2026-11-23T10:05:00Z"})"),
               ContainsSubstring("schema"));
}
