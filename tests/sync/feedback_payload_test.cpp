// Anonymous feedback reaches the venue hub and the social work team's server without anything
// that leads back to the visit (issue #16, item 9): the feedback payload carries the week, and
// the time and the session only when the family gave its name. The decoder (the kind's schema)
// refuses an "anonymous" feedback that names either, so a device cannot leak one.
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

r::Feedback feedback(bool anonymous, int n = 91) {
    r::Feedback f{.uuid = sample_uuid(n), .session_uuid = sample_uuid(50), .child_face = 4, .adult_face = 5,
                  .comment = "Thank you.", .anonymous = anonymous, .at = kDemoNow, .week = "2026-11-23",
                  .venue_uuid = sample_uuid(1)};
    if (anonymous) {
        f.session_uuid.reset();
        f.at.reset();
    }
    return f;
}

}  // namespace

TEST_CASE("an anonymous feedback payload names no session and no time; a named one names both") {
    const json anonymous = sync::to_json(r::Entity{feedback(true)});
    const json named = sync::to_json(r::Entity{feedback(false)});
    CHECK_FALSE(anonymous.contains("session_uuid"));
    CHECK_FALSE(anonymous.contains("at"));
    CHECK(anonymous.at("week") == "2026-11-23");
    CHECK(named.at("session_uuid") == sample_uuid(50));
    CHECK(named.contains("at"));

    struct Case {
        const char* what;
        json payload;
        const char* refusal;  // "" when taken
    };
    auto with = [](json p, const char* field, json value) {
        p[field] = std::move(value);
        return p;
    };
    auto without = [](json p, const char* field) {
        p.erase(field);
        return p;
    };
    const std::vector<Case> cases{
        {"anonymous", anonymous, ""},
        {"named", named, ""},
        {"anonymous, with the session", with(anonymous, "session_uuid", sample_uuid(50)), "must name no session and no time"},
        {"anonymous, with the time", with(anonymous, "at", "2026-11-23T11:10:00Z"), "must name no session and no time"},
        {"named, without its session", without(named, "session_uuid"), "session_uuid"},
        {"named, without its time", without(named, "at"), "field at"},
        {"no week", without(anonymous, "week"), "lacks the field week"},
        {"a week that is no date", with(anonymous, "week", "last week"), "week"},
        {"a child's name added", with(anonymous, "child", "Isla"), "a field its schema does not have"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const std::string answer = sync::check_payload("feedback", 2, c.payload);
        if (std::string(c.refusal).empty()) {
            CHECK(answer.empty());
        } else {
            CHECK_THAT(answer, ContainsSubstring(c.refusal));
        }
    }
}

TEST_CASE("the real server stores anonymous feedback without a session and refuses one that names it") {
    SyncFixture f;
    {
        store::WriteTransaction tx(f.device.db, "lobby", kDemoNow);
        tx.enqueue({"feedback", 1, sync::to_json(r::Entity{feedback(true, 91)}).dump()});
        tx.enqueue({"feedback", 2, sync::to_json(r::Entity{feedback(false, 92)}).dump()});
        json leaky = sync::to_json(r::Entity{feedback(true, 93)});
        leaky["session_uuid"] = sample_uuid(50);  // what a tampered lobby might send
        tx.enqueue({"feedback", 3, leaky.dump()});
        tx.audit("test.queued", "outbox", 0);
        tx.commit();
    }
    const auto summary = f.sync();
    CHECK(summary.sent == 2);
    CHECK(summary.rejected == 1);
    CHECK(f.server_store->count_by_kind()["feedback"] == 2);
    const auto rejected = store::OutboxRepository(f.device.db).rejected();
    REQUIRE(rejected.size() == 1);
    CHECK_THAT(rejected[0].reason, ContainsSubstring("must name no session and no time"));
}
