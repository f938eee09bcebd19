// Anonymous feedback reaches the social work team's server without anything that leads back to
// the visit (issue #16, item 9): schema 2 of the feedback payload carries the week, and the time
// and the session only when the family gave its name. The server refuses an "anonymous" feedback
// that names either, so a device cannot leak one by mistake.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/outbox_payload.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;

namespace {

core::Feedback feedback(bool anonymous) {
    core::Feedback f;
    f.session_id = anonymous ? 0 : 12;
    f.child_face = 4;
    f.adult_face = 5;
    f.comment = "Thank you.";
    f.anonymous = anonymous;
    f.at = kDemoNow;
    f.week = "2026-11-23";
    return f;
}

}  // namespace

TEST_CASE("an anonymous feedback payload names no session and no time; a named one names both") {
    const auto anonymous = nlohmann::json::parse(sync::encode_feedback(feedback(true)));
    const auto named = nlohmann::json::parse(sync::encode_feedback(feedback(false)));
    CHECK_FALSE(anonymous.contains("session_id"));
    CHECK_FALSE(anonymous.contains("at"));
    CHECK(anonymous.at("week") == "2026-11-23");
    CHECK(named.at("session_id") == 12);
    CHECK(named.contains("at"));

    struct Case {
        const char* what;
        nlohmann::json payload;
        const char* refusal;  // "" when taken
    };
    auto with = [](nlohmann::json p, const char* field, nlohmann::json value) {
        p[field] = std::move(value);
        return p;
    };
    auto without = [](nlohmann::json p, const char* field) {
        p.erase(field);
        return p;
    };
    const std::vector<Case> cases{
        {"anonymous", anonymous, ""},
        {"named", named, ""},
        {"anonymous, with the session", with(anonymous, "session_id", 12), "must name no session and no time"},
        {"anonymous, with the time", with(anonymous, "at", "2026-11-23T11:10:00Z"), "must name no session and no time"},
        {"named, without its session", without(named, "session_id"), "must name its session and time"},
        {"named, without its time", without(named, "at"), "must name its session and time"},
        {"no week", without(anonymous, "week"), "lacks the field week"},
        {"a week that is no date", with(anonymous, "week", "last week"), "a date (YYYY-MM-DD)"},
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
    // A device not yet updated still sends schema 1, which the server still takes.
    nlohmann::json old = named;
    old["schema"] = 1;
    old.erase("week");
    CHECK(sync::check_payload("feedback", 1, old).empty());
}

TEST_CASE("the real server stores anonymous feedback without a session and refuses one that names it") {
    SyncFixture f;
    {
        store::WriteTransaction tx(f.device.db, "lobby", kDemoNow);
        tx.enqueue({"feedback", 1, sync::encode_feedback(feedback(true))});
        tx.enqueue({"feedback", 2, sync::encode_feedback(feedback(false))});
        auto leaky = nlohmann::json::parse(sync::encode_feedback(feedback(true)));
        leaky["session_id"] = 12;  // what an old or tampered lobby might send
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
