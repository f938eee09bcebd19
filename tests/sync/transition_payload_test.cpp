// The comfort call and icebreaker as the seeds describe them (issue #16, item 7): schema 2 of
// their payloads says who took part, who facilitated the icebreaker and why a call that became
// untenable was ended. The server takes schema 2 and, from devices not yet updated, schema 1,
// each against its own field list; the real server stores both.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/core/placement.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/transition_payload.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {

core::ComfortCall held_call() {
    core::ComfortCall call;
    call.placement_id = 4;
    call.plan.critical_connection = "Mum";
    call.plan.platform = "video";
    call.held = true;
    call.held_at = kDemoNow;
    call.participants = {"child", "parents", "support_worker"};
    call.how_it_went = "Short; Mum cried.";
    call.ended_early = true;
    call.ended_reason = "Mum became too upset to go on.";
    call.ended_calmly = true;
    call.recorded_by = 2;
    return call;
}

core::Icebreaker held_meeting() {
    core::Icebreaker meeting;
    meeting.placement_id = 4;
    meeting.held = true;
    meeting.held_at = kDemoNow;
    meeting.facilitated_by = {"childs_worker", "support_worker"};
    meeting.attended = {"parents", "carers"};
    meeting.other_attendees = "An interpreter";
    meeting.routines = "Bath then story.";
    meeting.recorded_by = 2;
    return meeting;
}

// The same payload as an older device wrote it: schema 1, without the fields schema 2 added.
nlohmann::json as_schema_1(nlohmann::json payload, std::initializer_list<const char*> added) {
    payload["schema"] = 1;
    for (const char* field : added) payload.erase(field);
    return payload;
}

}  // namespace

TEST_CASE("the server checks a comfort call or icebreaker against the field list of its schema version") {
    const auto call = nlohmann::json::parse(sync::encode_comfort_call(held_call(), 10));
    const auto meeting = nlohmann::json::parse(sync::encode_icebreaker(held_meeting(), 10));
    CHECK(call["schema"] == 2);
    CHECK(call["participants"] == nlohmann::json::array({"child", "parents", "support_worker"}));
    CHECK(call["ended_reason"] == "Mum became too upset to go on.");
    CHECK(meeting["facilitated_by"] == nlohmann::json::array({"childs_worker", "support_worker"}));
    CHECK(sync::check_payload("comfort_call", 2, call).empty());
    CHECK(sync::check_payload("icebreaker", 2, meeting).empty());

    // Schema 1, as a device not yet updated sends it, is still taken ...
    const auto old_call = as_schema_1(call, {"participants", "ended_reason"});
    const auto old_meeting = as_schema_1(meeting, {"facilitated_by", "attended", "other_attendees"});
    CHECK(sync::check_payload("comfort_call", 1, old_call).empty());
    CHECK(sync::check_payload("icebreaker", 1, old_meeting).empty());
    // ... but each version has exactly its own fields.
    CHECK_THAT(sync::check_payload("comfort_call", 2, old_call), ContainsSubstring("names another schema version"));
    auto v1_with_new_field = old_call;
    v1_with_new_field["participants"] = nlohmann::json::array({"child"});
    CHECK_THAT(sync::check_payload("comfort_call", 1, v1_with_new_field), ContainsSubstring("does not have"));
    auto v2_without = call;
    v2_without.erase("participants");
    CHECK_THAT(sync::check_payload("comfort_call", 2, v2_without), ContainsSubstring("lacks the field participants"));
    auto names_not_roles = call;
    names_not_roles["participants"] = "Mum and Dad";
    CHECK_THAT(sync::check_payload("comfort_call", 2, names_not_roles), ContainsSubstring("a list of short texts"));
    auto long_entry = meeting;
    long_entry["attended"] = nlohmann::json::array({std::string(500, 'x')});
    CHECK_THAT(sync::check_payload("icebreaker", 2, long_entry), ContainsSubstring("attended"));
    // A version nobody has written is refused, for a known kind.
    auto future = call;
    future["schema"] = 3;
    CHECK_THAT(sync::check_payload("comfort_call", 3, future), ContainsSubstring("unsupported schema version"));
    CHECK(sync::has_payload_schema("comfort_call", 1));
    CHECK(sync::has_payload_schema("comfort_call", 2));
    CHECK_FALSE(sync::has_payload_schema("comfort_call", 3));
    CHECK_FALSE(sync::has_payload_schema("check_in", 2));
}

TEST_CASE("the real server stores a schema 2 comfort call and icebreaker, and a schema 1 one from an older device") {
    SyncFixture f;
    {
        store::WriteTransaction tx(f.device.db, "system:test", kDemoNow);
        const auto call = nlohmann::json::parse(sync::encode_comfort_call(held_call(), 10));
        const auto meeting = nlohmann::json::parse(sync::encode_icebreaker(held_meeting(), 10));
        tx.enqueue({"comfort_call", 1, call.dump()});
        tx.enqueue({"icebreaker", 1, meeting.dump()});
        tx.enqueue({"comfort_call", 2, as_schema_1(call, {"participants", "ended_reason"}).dump()});
        tx.enqueue({"icebreaker", 2, as_schema_1(meeting, {"facilitated_by", "attended", "other_attendees"}).dump()});
        // A schema this server has never heard of is refused by name, not stored.
        auto future = call;
        future["schema"] = 3;
        tx.enqueue({"comfort_call", 3, future.dump()});
        tx.audit("test.queued", "outbox", 0);
        tx.commit();
    }
    const auto summary = f.sync();
    CHECK(summary.rejected == 1);
    CHECK(f.server_store->count_by_kind()["comfort_call"] == 2);
    CHECK(f.server_store->count_by_kind()["icebreaker"] == 2);
    const auto rejected = store::OutboxRepository(f.device.db).rejected();
    REQUIRE(rejected.size() == 1);
    CHECK_THAT(rejected[0].reason, ContainsSubstring("unsupported schema version for comfort_call"));
}
