#pragma once
// Drives real screens headlessly: an ImGui context with no window and no GPU, the fonts and
// theme built exactly as the kiosk builds them, and input fed the way ImGui 1.86 needs it
// (a tap is finger down on one frame, up on the next; then the pointer leaves).
//
//   UiHarness h{1280, 800};
//   auto draw = [&] { app.draw_frame(); };       // or any screen function
//   h.tap("Tap to check in", draw);              // by the label a person reads
//   CHECK_THAT(h.screen_text(draw), ContainsSubstring("Enter your visit code"));
#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/time.hpp"
#include "kiosk/ui/ui_resources.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"

namespace kiosk::testing {

class UiHarness {
public:
    using DrawFn = std::function<void()>;

    explicit UiHarness(int width = 1280, int height = 800, const std::string& language = "en");
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;
    ~UiHarness();

    // The theme, fonts and translations, as create_ui_resources made them for this size.
    ui::UiResources& ui() { return ui_; }

    // One frame: pending input, NewFrame, draw, Render.
    void frame(const DrawFn& draw);

    // Draws frames to find the widget labelled `label` (in the item registry) where it settles
    // (a region's scrollbar comes a frame late and its rows reflow), then taps its centre: down on one frame, up on the next, then the pointer leaves. A widget half hidden
    // at the edge of a scrolling region is first dragged into view by finger, as a person
    // would. Throws std::runtime_error listing the labels on screen when there is no such widget.
    void tap(std::string_view label, const DrawFn& draw);
    // A slow finger drag from `from` up by `distance` pixels (down when negative) that rests
    // before it lifts, so the region does not glide on; returns when nothing moves any more.
    void scroll_by_finger(ImVec2 from, float distance, const DrawFn& draw);
    // The same tap at a point (for widgets without a label, or to tap beside one).
    void tap_at(ImVec2 position, const DrawFn& draw);

    // A finger drag: down at `from`, moved in `steps` frames to `to`, lifted; then the pointer
    // leaves. For the signature pad and anything else drawn with the finger.
    void drag(ImVec2 from, ImVec2 to, int steps, const DrawFn& draw);

    // Types UTF-8 text into the active text field (one frame). A field is active from the frame
    // after it was tapped or given focus, so draw a frame in between.
    void type_text(std::string_view utf8, const DrawFn& draw);
    // Presses and releases a key (two frames); `key` is an ImGuiKey_ value (KeyMap is identity).
    // With `shift` or `ctrl`, that modifier is held for both frames.
    void press_key(ImGuiKey key, const DrawFn& draw, bool shift = false, bool ctrl = false);

    // Everything drawn as text during one frame (Text and button labels) in the windows opened
    // with begin_screen(), via ImGui's logging.
    std::string screen_text(const DrawFn& draw);

    // The next frame's delta time becomes `seconds` (ImGui's own timers), and the attached
    // clock, if any, moves on by the same whole seconds.
    void advance(double seconds);
    void attach_clock(core::FixedClock& clock) { clock_ = &clock; }

    // Registered widgets of the last frame, and whether one with this label was drawn.
    std::vector<ui::RegisteredItem> items() const;
    bool has_item(std::string_view label) const;

private:
    void run_frame(const DrawFn& draw, bool capture_text);

    ImGuiContext* context_ = nullptr;
    ui::UiResources ui_;
    core::FixedClock* clock_ = nullptr;
    float next_delta_ = 1.0F / 60.0F;
    std::string captured_;
};

}  // namespace kiosk::testing
