#pragma once
// A scrolling region made for fingers, used by every face wherever something scrolls.
//
// ImGui 1.86 scrolls a region only by its scrollbar or a mouse wheel (upstream issue 3379).
// Here a finger drags the content itself, anywhere on the region, and a flick keeps it
// gliding for a moment (momentum) before it settles. The wide scrollbar stays for those who
// prefer it.
//
// Tap versus drag: a finger that lands on a button presses it as usual, but once it has moved
// a little way up or down (touch_drag_threshold) the region takes the drag over and the button
// is let go, so it does not fire when the finger lifts. A sideways movement is left alone (it
// selects text in an editor). Nested regions: the innermost one under the finger that can
// scroll takes the drag.
//
// While a drag or a glide is under way the window must keep drawing frames
// (touch_scroll_moving); once the glide has settled it is idle again and may sleep.
#include <imgui.h>

namespace kiosk::ui {

// Begins a child window (as ImGui::BeginChild with no border) that scrolls by finger and by
// its scrollbar. Always pair with end_scroll_area(), whatever this returns.
bool begin_scroll_area(const char* id, ImVec2 size, ImGuiWindowFlags flags = 0);
void end_scroll_area();

// How far a finger moves before a press becomes a drag (in pixels, from the font size).
float touch_drag_threshold();
// True while a finger drags a region or a region still glides: draw the next frame too.
bool touch_scroll_moving();
// True when the finger down now (or lifted this frame) is dragging a region rather than
// tapping: a tap elsewhere takes the focus from a text field, a drag to scroll does not.
bool touch_press_is_drag();

}  // namespace kiosk::ui
