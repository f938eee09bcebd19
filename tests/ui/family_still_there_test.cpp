// "Are you still there?" (issue #15, item 4): after 45 seconds without a touch a family screen
// asks, with a 15-second countdown, before it wipes; the agreement waits longer. The window
// sleeps until the question and then wakes once a second for the countdown only.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/shell/frame_pacer.hpp"
#include "tests/ui/family_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::FamilyStep;
using kiosk::testing::FamilyFixture;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

// Mum ticked on the attendees screen: a place worth keeping.
void to_attendees_with_mum(FamilyFixture& f) {
    f.on_time();
    f.enter_check_in_code("KT4MPX");
    f.tap("Mum — Sarah");
    REQUIRE(f.app.family().step() == FamilyStep::Attendees);
}

// Moves the clock on by `seconds` with nobody touching, and draws a frame.
void wait(FamilyFixture& f, double seconds) {
    f.h.advance(seconds);
    f.h.frame(f.draw);
}

}  // namespace

TEST_CASE("after 45 s without a touch the family is asked, with a countdown; a touch keeps their place") {
    FamilyFixture f;
    to_attendees_with_mum(f);

    wait(f, 44.0);
    CHECK_FALSE(f.app.family().still_there_view().has_value());
    CHECK_THAT(f.text(), !ContainsSubstring("Are you still there?"));

    wait(f, 1.0);
    const std::string asked = f.text();
    CHECK_THAT(asked, ContainsSubstring("Are you still there?"));
    CHECK_THAT(asked, ContainsSubstring("15"));
    wait(f, 5.0);
    CHECK_THAT(f.text(), ContainsSubstring("start again in 10 seconds"));

    f.tap("I'm still here");
    CHECK_FALSE(f.app.family().still_there_view().has_value());
    CHECK(f.app.family().step() == FamilyStep::Attendees);
    CHECK(f.app.family().attendees_view().attendees.at(0).ticked);  // Mum is still ticked
    // Another 45 seconds from the touch, not from before.
    REQUIRE(f.app.next_wake().has_value());
    CHECK(*f.app.next_wake() == f.clock.now() + 45s);
}

TEST_CASE("a touch anywhere on the question keeps the place, and presses nothing under it") {
    FamilyFixture f;
    to_attendees_with_mum(f);
    wait(f, 46.0);
    REQUIRE(f.app.family().still_there_view().has_value());
    // Where "Start again" sits on the screen under the question.
    const ImVec2 corner{ImGui::GetIO().DisplaySize.x * 0.05F, ImGui::GetIO().DisplaySize.y * 0.95F};
    f.h.tap_at(corner, f.draw);
    f.h.frame(f.draw);
    CHECK_FALSE(f.app.family().still_there_view().has_value());
    CHECK(f.app.family().step() == FamilyStep::Attendees);
    CHECK(f.app.family().attendees_view().attendees.at(0).ticked);
}

TEST_CASE("with no touch the countdown ends in a wipe, and the next family starts afresh") {
    FamilyFixture f;
    f.on_time();
    f.tap("Polski");
    f.tap("Dotknij, aby zgłosić przybycie");
    f.type_code("KT4MPX");
    f.tap("Mum — Sarah");
    wait(f, 45.0);
    CHECK_THAT(f.text(), ContainsSubstring("Czy nadal tu jesteś?"));  // in the family's language
    wait(f, 14.0);
    CHECK(f.app.family().step() == FamilyStep::Attendees);
    wait(f, 1.0);
    CHECK(f.app.family().step() == FamilyStep::Attract);
    CHECK(f.app.family().language() == "en");
    f.tap("Tap to check in");
    CHECK(f.app.family().code_view().typed.empty());
}

TEST_CASE("the agreement gives readers the configured time before asking") {
    FamilyFixture f;
    f.app.family().set_agreement_reading_time(120s);
    to_attendees_with_mum(f);
    f.tap("Continue");
    REQUIRE(f.app.family().step() == FamilyStep::Agreement);
    wait(f, 60.0);
    CHECK_FALSE(f.app.family().still_there_view().has_value());  // 45 s would have asked by now
    wait(f, 60.0);
    CHECK(f.app.family().still_there_view().has_value());
    wait(f, 15.0);
    CHECK(f.app.family().step() == FamilyStep::Attract);
}

TEST_CASE("scrolling or any touch on a screen counts as someone being there") {
    FamilyFixture f;
    to_attendees_with_mum(f);
    wait(f, 40.0);
    // A finger resting on empty space asks nothing of the screen, but it is a person.
    f.h.tap_at(ImVec2{ImGui::GetIO().DisplaySize.x * 0.5F, ImGui::GetIO().DisplaySize.y * 0.3F}, f.draw);
    wait(f, 40.0);
    CHECK_FALSE(f.app.family().still_there_view().has_value());
}

TEST_CASE("the window sleeps until the question, then wakes once a second only while it counts down") {
    FamilyFixture f;
    to_attendees_with_mum(f);
    const auto asked_at = f.clock.now() + 45s;
    REQUIRE(f.app.next_wake().has_value());
    CHECK(*f.app.next_wake() == asked_at);  // no waking in between: one timer, 45 s away

    wait(f, 45.0);
    for (int tick = 0; tick < 15; ++tick) {
        REQUIRE(f.app.next_wake().has_value());
        CHECK(*f.app.next_wake() == f.clock.now() + 1s);
        // Between two ticks the pacer sleeps for the whole second, not a frame at a time.
        app::FramePacer pacer;
        pacer.wake_at(static_cast<double>(core::to_unix(*f.app.next_wake())));
        CHECK(pacer.wait_seconds(static_cast<double>(core::to_unix(f.clock.now()))) == 1.0);
        wait(f, 1.0);
    }
    CHECK(f.app.family().step() == FamilyStep::Attract);
    CHECK_FALSE(f.app.next_wake().has_value());
}
