// The comfort call and icebreaker as the seeds describe them (issue #16, item 7), on the wire: who
// took part (role keys, never names), who facilitated the icebreaker and why a call that became
// untenable was ended travel in the venue's comfort_call(_state) and icebreaker(_state) payloads;
// a role nobody offers is refused by name, and a device before issue #16 (without the fields)
// is still understood.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "tests/sync/sync_fixture.hpp"
#include "tests/sync/venue_samples.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using nlohmann::json;
namespace r = core::replica;

namespace {

template <class T>
T sample_of() {
    for (const auto& e : venue_samples()) {
        if (const auto* found = std::get_if<T>(&e)) return *found;
    }
    throw std::logic_error("no sample");
}

}  // namespace

TEST_CASE("who took part in a comfort call or icebreaker travels as role keys, checked against the roles offered") {
    const json call = sync::to_json(r::Entity{sample_of<r::ComfortCallRecord>()});
    const json meeting = sync::to_json(r::Entity{sample_of<r::IcebreakerRecord>()});
    CHECK(call.at("participants") == json::array({"child", "parents", "carers"}));
    CHECK(call.at("ended_reason") == "Mum became too upset to go on");
    CHECK(meeting.at("facilitated_by") == json::array({"childs_worker", "support_worker"}));
    CHECK(meeting.at("attended") == json::array({"parents", "carers"}));
    CHECK(sync::check_payload("comfort_call", 2, call).empty());
    CHECK(sync::check_payload("icebreaker", 2, meeting).empty());

    struct Case {
        const char* what;
        const char* kind;
        json payload;
        const char* refusal;  // "" when taken
    };
    auto with = [](json p, const char* field, json value) {
        p[field] = std::move(value);
        return p;
    };
    auto without = [](json p, std::initializer_list<const char*> fields) {
        for (const char* f : fields) p.erase(f);
        return p;
    };
    const std::vector<Case> cases{
        {"a device before issue #16 sends none of them", "comfort_call", without(call, {"participants", "ended_reason"}), ""},
        {"nor for the icebreaker", "icebreaker", without(meeting, {"facilitated_by", "attended", "other_attendees"}), ""},
        {"names instead of roles", "comfort_call", with(call, "participants", json::array({"Sarah Quill"})),
         "participants that is not a list of known roles"},
        {"a role as one text", "comfort_call", with(call, "participants", "parents"), "participants"},
        {"a parent cannot facilitate", "icebreaker", with(meeting, "facilitated_by", json::array({"parents"})),
         "facilitated_by that is not a list of known roles"},
        {"a list longer than every role", "icebreaker",
         with(meeting, "attended", json::array({"child", "child", "child", "child", "child", "child", "child", "child", "child"})),
         "attended that is not a short list of roles"},
        {"a number among the roles", "icebreaker", with(meeting, "attended", json::array({"parents", 7})), "attended"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const std::string answer = sync::check_payload(c.kind, 2, c.payload);
        if (std::string(c.refusal).empty()) {
            CHECK(answer.empty());
        } else {
            CHECK_THAT(answer, ContainsSubstring(c.refusal));
        }
    }
    // The state a tablet holds says who was on the call too, and round-trips.
    const r::ComfortCallState state = sample_of<r::ComfortCallState>();
    const auto back = std::get<r::ComfortCallState>(sync::decode_entity("comfort_call_state", sync::to_json(r::Entity{state})));
    CHECK(back.participants == state.participants);
    CHECK(back.ended_reason == state.ended_reason);
}

TEST_CASE("the real server stores a comfort call and icebreaker with who took part, and refuses names for roles") {
    SyncFixture f;
    {
        store::WriteTransaction tx(f.device.db, "system:test", kDemoNow);
        const json call = sync::to_json(r::Entity{sample_of<r::ComfortCallRecord>()});
        const json meeting = sync::to_json(r::Entity{sample_of<r::IcebreakerRecord>()});
        tx.enqueue({"comfort_call", 1, call.dump()});
        tx.enqueue({"icebreaker", 1, meeting.dump()});
        json named = call;
        named["uuid"] = sample_uuid(140);
        named["participants"] = json::array({"Sarah"});
        tx.enqueue({"comfort_call", 2, named.dump()});
        tx.audit("test.queued", "outbox", 0);
        tx.commit();
    }
    const auto summary = f.sync();
    CHECK(summary.rejected == 1);
    CHECK(f.server_store->count_by_kind()["comfort_call"] == 1);
    CHECK(f.server_store->count_by_kind()["icebreaker"] == 1);
    const auto rejected = store::OutboxRepository(f.device.db).rejected();
    REQUIRE(rejected.size() == 1);
    CHECK_THAT(rejected[0].reason, ContainsSubstring("participants"));
    CHECK(rejected[0].reason.find("Sarah") == std::string::npos);  // the reason never repeats a value
}
