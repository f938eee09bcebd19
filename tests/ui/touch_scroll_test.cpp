// Touch scrolling (issue #15, item 1): a finger drags any scrolling region, a flick glides and
// settles, and a drag that starts on a button never presses it. On a list of our own buttons
// and on the real staff board and coordinator screens.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <functional>
#include <string>

#include "kiosk/app/shell/frame_pacer.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/ui/staff_fixture.hpp"

using kiosk::testing::UiHarness;
using namespace kiosk;

namespace {

// Forty buttons in a region half the screen tall: far more than fit.
struct LongList {
    UiHarness h;
    int pressed = -1;
    int presses = 0;
    std::function<void()> beside;  // more on the screen, beside the list
    UiHarness::DrawFn draw = [this] {
        ui::begin_screen("test", *h.ui().theme);
        ImGui::SetCursorPos(ImVec2{ui::em(2.0F), ui::em(2.0F)});
        ui::begin_scroll_area("list", ImVec2{ui::em(20.0F), ImGui::GetIO().DisplaySize.y * 0.5F});
        for (int i = 0; i < 40; ++i) {
            const std::string label = "Row " + std::to_string(i);
            if (ui::touch_button(h.ui(), {.id = label, .label = label.c_str(), .kind = ui::ButtonKind::Secondary})) {
                pressed = i;
                ++presses;
            }
        }
        ui::end_scroll_area();
        if (beside) beside();
        ui::end_screen();
    };

    // The top of a row on screen this frame (it moves up as the list scrolls down).
    float top_of(const std::string& label) {
        h.frame(draw);
        for (const auto& item : h.items()) {
            if (item.label == label) return item.min.y;
        }
        FAIL("no row " << label);
        return 0.0F;
    }
    ImVec2 centre_of(const std::string& label) {
        h.frame(draw);
        for (const auto& item : h.items()) {
            if (item.label == label) return item.center();
        }
        FAIL("no row " << label);
        return {};
    }
};

}  // namespace

TEST_CASE("a tap on a row in a scrolling list presses it; a drag that starts on it scrolls and presses nothing") {
    LongList list;
    list.h.tap("Row 2", list.draw);
    CHECK(list.pressed == 2);
    CHECK(list.presses == 1);

    const float before = list.top_of("Row 3");
    const ImVec2 start = list.centre_of("Row 3");
    list.h.drag(start, ImVec2{start.x, start.y - ui::em(8.0F)}, 16, list.draw);
    CHECK(list.presses == 1);  // Row 3 was under the finger the whole time and did not fire
    const float after = list.top_of("Row 3");
    CHECK(after < before - ui::em(6.0F));  // the content followed the finger up
}

TEST_CASE("a wobble smaller than the drag threshold is still a tap") {
    LongList list;
    const ImVec2 at = list.centre_of("Row 1");
    const float wobble = ui::touch_drag_threshold() * 0.5F;
    list.h.drag(at, ImVec2{at.x + wobble, at.y + wobble}, 2, list.draw);
    CHECK(list.pressed == 1);
    CHECK_FALSE(ui::touch_scroll_moving());
}

TEST_CASE("a flick glides on after the finger lifts, settles, and then the window may sleep") {
    LongList list;
    const ImVec2 start = list.centre_of("Row 4");
    list.h.drag(start, ImVec2{start.x, start.y - ui::em(6.0F)}, 3, list.draw);  // quick: 3 frames
    CHECK(list.presses == 0);
    list.h.frame(list.draw);  // the frame after the finger lifted starts the glide
    REQUIRE(ui::touch_scroll_moving());

    const float lifted = list.top_of("Row 4");
    int frames = 0;
    while (ui::touch_scroll_moving() && frames < 600) {
        list.h.frame(list.draw);
        ++frames;
    }
    CHECK_FALSE(ui::touch_scroll_moving());  // it settled by itself: momentum does not last forever
    CHECK(frames > 5);
    CHECK(list.top_of("Row 4") < lifted - ui::em(1.0F));  // it travelled on after the lift

    // With nothing moving the window's pacer owes no more frames and sleeps until a timer.
    app::FramePacer pacer;
    pacer.on_activity();  // the last gliding frame asked for frames, as the window loop does
    double wait = 0.0;
    for (int i = 0; i <= app::FramePacer::kFramesAfterActivity; ++i) wait = pacer.wait_seconds(1000.0);
    CHECK(wait > 1.0);
}

TEST_CASE("a finger that lands on a gliding list stops it and presses nothing") {
    LongList list;
    const ImVec2 start = list.centre_of("Row 3");
    list.h.drag(start, ImVec2{start.x, start.y - ui::em(7.0F)}, 2, list.draw);
    list.h.frame(list.draw);
    REQUIRE(ui::touch_scroll_moving());
    list.h.tap_at(start, list.draw);  // whichever row glides under the finger now
    CHECK(list.presses == 0);
    list.h.frame(list.draw);
    CHECK_FALSE(ui::touch_scroll_moving());
    const float stopped = list.top_of("Row 12");
    for (int i = 0; i < 10; ++i) list.h.frame(list.draw);
    CHECK(list.top_of("Row 12") == stopped);
}

TEST_CASE("while a list glides, a tap on a button outside it is an ordinary tap") {
    LongList list;
    int outside = 0;
    list.beside = [&] {  // right of the list, on the same screen
        ImGui::SetCursorPos(ImVec2{ui::em(30.0F), ui::em(2.0F)});
        if (ui::touch_button(list.h.ui(), {.id = "outside", .label = "Outside"})) ++outside;
    };
    const UiHarness::DrawFn draw = list.draw;
    list.h.frame(draw);
    const ImVec2 start = list.centre_of("Row 3");
    list.h.drag(start, ImVec2{start.x, start.y - ui::em(7.0F)}, 2, draw);
    list.h.frame(draw);
    REQUIRE(ui::touch_scroll_moving());
    list.h.tap("Outside", draw);
    CHECK(outside == 1);
    CHECK(list.presses == 0);
}

TEST_CASE("the staff board scrolls under a finger dragged from an Open button, which stays unpressed") {
    testing::StaffFixture f;
    f.sign_in_as_jo();
    REQUIRE(f.staff().step() == app::StaffStep::Board);
    f.h.frame(f.draw);
    const auto first_open = [&] {
        f.h.frame(f.draw);
        for (const auto& item : f.h.items()) {
            if (item.label == "Open" && item.visible) return item;
        }
        FAIL("no Open button on the board");
        return ui::RegisteredItem{};
    };
    const ui::RegisteredItem open = first_open();
    const float distance = ui::em(6.0F);
    f.h.drag(open.center(), ImVec2{open.center().x, open.center().y - distance}, 20, f.draw);
    for (int i = 0; i < 120 && ui::touch_scroll_moving(); ++i) f.h.frame(f.draw);
    CHECK(f.staff().step() == app::StaffStep::Board);  // no session was opened
    f.h.frame(f.draw);
    bool moved = false;
    for (const auto& item : f.h.items()) {
        if (item.label == "Open" && item.id == open.id) moved = item.min.y < open.min.y - distance * 0.5F;
    }
    CHECK(moved);
}
