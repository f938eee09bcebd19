// The harness itself: later screen tests rely on these behaviours being real.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <imgui.h>

#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "tests/harness/ui_harness.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::testing::UiHarness;

TEST_CASE("a tap fires its button exactly once, on release") {
    UiHarness h;
    int presses = 0;
    auto draw = [&] {
        kiosk::ui::begin_screen("test", *h.ui().theme);
        if (kiosk::ui::touch_button(h.ui(), {.id = "ok", .label = "OK"})) ++presses;
        kiosk::ui::end_screen();
    };
    h.tap("OK", draw);
    CHECK(presses == 1);
    h.frame(draw);
    h.frame(draw);
    CHECK(presses == 1);  // the pointer left: no repeat, no stuck press
}

TEST_CASE("tapping a label that is not on screen names what is") {
    UiHarness h;
    auto draw = [&] {
        kiosk::ui::begin_screen("test", *h.ui().theme);
        kiosk::ui::touch_button(h.ui(), {.id = "yes", .label = "Yes"});
        kiosk::ui::end_screen();
    };
    CHECK_THROWS_WITH(h.tap("No", draw), ContainsSubstring("\"Yes\""));
}

TEST_CASE("typed text and pressed keys reach the focused widget") {
    UiHarness h;
    char buffer[32] = {};
    bool enter = false;
    auto draw = [&] {
        kiosk::ui::begin_screen("test", *h.ui().theme);
        if (ImGui::GetFrameCount() == 1) ImGui::SetKeyboardFocusHere();
        ImGui::InputText("code", buffer, sizeof buffer);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) enter = true;
        kiosk::ui::end_screen();
    };
    h.frame(draw);  // asks for focus
    h.frame(draw);  // the field is active from here on
    h.type_text("AB12żó", draw);
    CHECK(std::string{buffer} == "AB12żó");
    h.press_key(ImGuiKey_Enter, draw);
    CHECK(enter);
}

TEST_CASE("screen text is what this frame drew, not an earlier one") {
    UiHarness h;
    bool second = false;
    auto draw = [&] {
        kiosk::ui::begin_screen("test", *h.ui().theme);
        ImGui::TextUnformatted(second ? "after" : "before");
        kiosk::ui::end_screen();
    };
    CHECK_THAT(h.screen_text(draw), ContainsSubstring("before"));
    second = true;
    const std::string text = h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("after"));
    CHECK_THAT(text, !ContainsSubstring("before"));
}
