#include "kiosk/ui/widgets/touch_scroll.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "kiosk/ui/units.hpp"

namespace kiosk::ui {

namespace {

// A glide loses speed like a list on a phone: e^(-t/τ), so a flick travels about v·τ further.
constexpr float kGlideTimeConstant = 0.35F;  // seconds
float glide_stop_speed() { return em(0.8F); }   // pixels a second: below this it has settled
float glide_top_speed() { return em(120.0F); }  // a wild flick does not throw the page away

// One finger, so one drag and one glide at a time, for the whole ImGui context.
struct TouchScroll {
    const ImGuiContext* context = nullptr;
    int press_frame = -1;        // the frame of the last press, so its reset happens once
    ImGuiID candidate = 0;       // the innermost region under the press that can scroll
    float press_scroll = 0.0F;   // its scroll when the finger landed
    ImGuiID dragging = 0;        // the region the finger is dragging
    ImGuiID gliding = 0;         // the region still moving after the finger lifted
    float velocity = 0.0F;       // pixels a second; > 0 scrolls down the content
    float glide_scroll = 0.0F;   // the glide's exact position (ImGui keeps whole pixels)
    ImRect glide_rect;           // where the gliding region was drawn last
    int seen_frame = -1;         // the last frame the dragging or gliding region was drawn
    bool press_is_drag = false;  // the current press became a drag
};

TouchScroll& state() {
    static TouchScroll scroll;
    static int last_frame = -1;
    // A new context (a test's harness may get the address of the one before) starts afresh.
    const int frame = ImGui::GetFrameCount();
    if (scroll.context != ImGui::GetCurrentContext() || frame < last_frame) {
        scroll = TouchScroll{};
        scroll.context = ImGui::GetCurrentContext();
    }
    last_frame = frame;
    return scroll;
}

bool contains(const ImRect& rect, const ImVec2& point) {
    return point.x >= rect.Min.x && point.x < rect.Max.x && point.y >= rect.Min.y && point.y < rect.Max.y;
}

// Where a press may start a drag: the region's visible area, but not its scrollbar (that one
// scrolls the other way round, by ImGui's own handling).
ImRect drag_rect(ImGuiWindow* window) {
    ImRect rect = window->Rect();
    if (window->ScrollbarY) rect.Max.x -= window->ScrollbarSizes.x;
    return rect;
}

// A new press stops any glide and forgets the last drag. A finger that lands on a gliding
// region only catches it, as on a phone: it becomes a drag from there, so nothing under the
// finger is pressed. A press anywhere else is a press like any other.
void on_press(TouchScroll& s) {
    const int frame = ImGui::GetFrameCount();
    if (s.press_frame == frame) return;
    s.press_frame = frame;
    const ImGuiID caught = s.gliding != 0 && contains(s.glide_rect, ImGui::GetIO().MouseClickedPos[0]) ? s.gliding : 0;
    s.candidate = caught;
    s.dragging = caught;
    s.press_scroll = s.glide_scroll;
    s.gliding = 0;
    s.velocity = 0.0F;
    s.press_is_drag = caught != 0;
}

}  // namespace

float touch_drag_threshold() { return em(0.5F); }

bool begin_scroll_area(const char* id, ImVec2 size, ImGuiWindowFlags flags) {
    TouchScroll& s = state();
    const ImGuiIO& io = ImGui::GetIO();
    const ImGuiID area = ImGui::GetID(id);
    const float dt = io.DeltaTime > 0.0F ? io.DeltaTime : 1.0F / 60.0F;
    if (io.MouseClicked[0]) on_press(s);

    // Tap or drag: only a mostly vertical movement past the threshold becomes a drag.
    if (s.candidate == area && s.dragging == 0 && (io.MouseDown[0] || io.MouseReleased[0])) {
        const float dx = io.MousePos.x - io.MouseClickedPos[0].x;
        const float dy = io.MousePos.y - io.MouseClickedPos[0].y;
        if (std::fabs(dy) > touch_drag_threshold() && std::fabs(dy) > std::fabs(dx)) {
            s.dragging = area;
            s.press_is_drag = true;
        }
    }
    // Set before the region begins, so this frame already shows it where the finger is.
    if (s.dragging == area && (io.MouseDown[0] || io.MouseReleased[0])) {
        const float wanted = s.press_scroll - (io.MousePos.y - io.MouseClickedPos[0].y);
        ImGui::SetNextWindowScroll(ImVec2{-1.0F, std::max(0.0F, wanted)});
    } else if (s.gliding == area) {
        s.glide_scroll += s.velocity * dt;
        s.velocity *= std::exp(-dt / kGlideTimeConstant);
        ImGui::SetNextWindowScroll(ImVec2{-1.0F, std::max(0.0F, s.glide_scroll)});
    }

    // The wide scrollbar stays for those who prefer it. A region without padding of its own
    // gets a sliver at the sides, or letters that reach left of their start (a "J") are cut.
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, em(1.1F));
    const bool padded = (flags & ImGuiWindowFlags_AlwaysUseWindowPadding) != 0;
    if (!padded) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2{em(0.2F), 0.0F});
    const bool open = ImGui::BeginChild(id, size, false, flags | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar(padded ? 1 : 2);
    ImGuiWindow* window = ImGui::GetCurrentWindow();

    // The press frame: regions begin outside in, so the innermost one that can scroll wins.
    constexpr ImGuiHoveredFlags kHovered = ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem;
    if (io.MouseClicked[0] && s.dragging == 0 && window->ScrollMax.y > 0.0F &&
        contains(drag_rect(window), io.MouseClickedPos[0]) && ImGui::IsWindowHovered(kHovered)) {
        s.candidate = area;
        s.press_scroll = window->Scroll.y;
    }

    if (s.dragging == area) {
        s.seen_frame = ImGui::GetFrameCount();
        const ImGuiID grab = window->GetID("##touch_drag");
        if (io.MouseDown[0] || io.MouseReleased[0]) {
            // The region holds the finger now: whatever the press landed on is let go and
            // does not fire when the finger lifts, and nothing else lights up under it.
            if (GImGui->ActiveId != grab) ImGui::SetActiveID(grab, window);
            ImGui::KeepAliveID(grab);
            if (io.MouseDown[0] && !io.MouseClicked[0]) {
                const float speed = std::clamp(-io.MouseDelta.y / dt, -glide_top_speed(), glide_top_speed());
                s.velocity = 0.5F * s.velocity + 0.5F * speed;  // smoothed over the last frames
            }
        } else {
            // Lifted on the frame before: glide on at the finger's last speed.
            if (GImGui->ActiveId == grab) ImGui::ClearActiveID();
            s.dragging = 0;
            s.candidate = 0;
            if (std::fabs(s.velocity) > glide_stop_speed()) {
                s.gliding = area;
                s.glide_scroll = window->Scroll.y;
                s.glide_rect = drag_rect(window);
            }
        }
    } else if (s.gliding == area) {
        s.seen_frame = ImGui::GetFrameCount();
        s.glide_rect = drag_rect(window);
        const bool at_top = window->Scroll.y <= 0.0F && s.velocity < 0.0F;
        const bool at_end = window->Scroll.y >= window->ScrollMax.y && s.velocity > 0.0F;
        if (at_top || at_end || std::fabs(s.velocity) < glide_stop_speed()) {
            s.gliding = 0;
            s.velocity = 0.0F;
        }
    }
    return open;
}

void end_scroll_area() { ImGui::EndChild(); }

bool touch_press_is_drag() { return state().press_is_drag; }

bool touch_scroll_moving() {
    TouchScroll& s = state();
    // A region that was not drawn in the last frame (the screen changed) cannot move on.
    if ((s.dragging != 0 || s.gliding != 0) && s.seen_frame != ImGui::GetFrameCount()) {
        s.dragging = 0;
        s.gliding = 0;
        s.candidate = 0;
        s.velocity = 0.0F;
    }
    return s.dragging != 0 || s.gliding != 0;
}

}  // namespace kiosk::ui
