// Feedback after a visit, reached from the attract screen with the same visit code.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
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

    const auto saved = store::FeedbackRepository{f.store.db}.for_session(f.family.session);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].child_face == 5);
    CHECK(saved[0].adult_face == 4);
    CHECK(saved[0].anonymous);
    CHECK(saved[0].comment == "thanks ");
    const auto queued = store::OutboxRepository{f.store.db}.next_batch(10);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].kind == "feedback");
    CHECK_THAT(queued[0].payload, ContainsSubstring("\"anonymous\":true"));
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
