// Feedback after a visit, reached from the attract screen with the same visit code.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include <set>

#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/feedback_week_query.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "tests/ui/family_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::FamilyStep;
using kiosk::testing::FamilyFixture;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
void after_the_visit(FamilyFixture& f) { f.clock.set(testing::kDemoNow + 55min + 70min); }  // 12:10
}  // namespace

TEST_CASE("feedback with two faces, a typed comment and no name is saved and queued") {
    FamilyFixture f;
    after_the_visit(f);
    f.tap("Give feedback about a visit");
    f.type_code("KT4MPX");
    REQUIRE(f.app.family().step() == FamilyStep::Feedback);
    CHECK_THAT(f.text(), ContainsSubstring("How was your visit?"));
    f.tap("Very happy");  // the child's face
    CHECK_THAT(f.text(), ContainsSubstring("And how was it for you?"));
    f.tap("Happy");       // the adult's
    f.tap("Send without my name");
    f.tap("Add a comment");
    for (const char* key : {"t", "h", "a", "n", "k", "s"}) f.tap(key);
    f.tap("Space");
    f.tap("x");
    f.tap("Delete");
    f.tap("Done");
    CHECK_THAT(f.text(), ContainsSubstring("thanks "));
    f.tap("Send");
    CHECK_THAT(f.text(), ContainsSubstring("Thank you for your feedback"));

    // Anonymous (issue #16, item 9): not even the lobby keeps which visit it was about ...
    CHECK(store::FeedbackRepository{f.store.db}.for_session(f.family.session).empty());
    const auto week = store::feedback_of_week(f.store.db, "2026-11-23");
    REQUIRE(week.size() == 1);
    const core::Feedback& saved = week[0].feedback;
    CHECK(saved.child_face == 5);
    CHECK(saved.adult_face == 4);
    CHECK(saved.anonymous);
    CHECK(saved.session_id == 0);
    CHECK(saved.venue_id == f.family.venue);
    CHECK(saved.comment == "thanks ");
    CHECK(week[0].child_first_name.empty());
    // ... and the server is told the week, the faces and the words: no session, no time, and the
    // record's own time is the start of the week, not the minute after the visit.
    const auto queued = store::OutboxRepository{f.store.db}.next_batch(10);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].kind == "feedback");
    CHECK(queued[0].schema == 2);
    const auto payload = nlohmann::json::parse(queued[0].payload);
    // Exactly these fields: its own UUID (a random one, the row's), the venue's, the week.
    std::set<std::string> fields;
    for (const auto& [key, value] : payload.items()) fields.insert(key);
    CHECK(fields == std::set<std::string>{"schema", "uuid", "child_face", "adult_face", "comment", "anonymous", "week",
                                          "venue_uuid"});
    CHECK(payload.at("anonymous") == true);
    CHECK(payload.at("week") == "2026-11-23");
    CHECK(payload.at("comment") == "thanks ");
    CHECK(core::to_iso8601(queued[0].created_at) == "2026-11-23T00:00:00Z");
    CHECK(sync::check_payload("feedback", 2, payload).empty());
}

TEST_CASE("feedback may skip the child's face and keep a name") {
    FamilyFixture f;
    after_the_visit(f);
    f.tap("Give feedback about a visit");
    f.type_code("KT4MPX");
    f.tap("Skip");
    f.tap("OK");  // the adult's face "OK"
    f.tap("Send");
    const auto saved = store::FeedbackRepository{f.store.db}.for_session(f.family.session);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].child_face == 0);
    CHECK(saved[0].adult_face == 3);
    CHECK_FALSE(saved[0].anonymous);
    CHECK(saved[0].week == "2026-11-23");
    // Named: the server may know the visit and the time.
    const auto queued = store::OutboxRepository{f.store.db}.next_batch(10);
    REQUIRE(queued.size() == 1);
    const auto payload = nlohmann::json::parse(queued[0].payload);
    CHECK(payload.at("session_uuid").is_string());
    CHECK(payload.contains("at"));
    CHECK(sync::check_payload("feedback", 2, payload).empty());
}

TEST_CASE("feedback opens when the visit starts") {
    FamilyFixture f;  // 10:05, the visit starts at 11:00
    f.tap("Give feedback about a visit");
    f.type_code("KT4MPX");
    CHECK(f.app.family().step() == FamilyStep::EnterCode);
    CHECK_THAT(f.text(), ContainsSubstring("Feedback opens when your visit starts."));
}

TEST_CASE("a comment that is not text or too long is refused with a message, and what was typed stays") {
    FamilyFixture f;
    after_the_visit(f);
    f.tap("Give feedback about a visit");
    f.type_code("KT4MPX");
    f.tap("Skip");
    f.tap("Add a comment");
    f.tap("h");
    f.tap("i");
    auto& family = f.app.family();
    family.handle(ui::CommentIntent{ui::AppendToComment{"\xff\xfe"}});
    CHECK(family.comment_view().comment == "hi");
    CHECK_THAT(f.text(), ContainsSubstring("characters we cannot save"));
    family.handle(ui::CommentIntent{ui::AppendToComment{std::string(core::kMaxFeedbackCommentBytes, 'a')}});
    CHECK(family.comment_view().comment == "hi");
    CHECK_THAT(f.text(), ContainsSubstring("That comment is too long."));
    // Deleting takes a whole character, never half of "ż".
    family.handle(ui::CommentIntent{ui::AppendToComment{"\xc5\xbc"}});
    f.tap("Delete");
    CHECK(family.comment_view().comment == "hi");
}
