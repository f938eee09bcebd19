#include "tests/harness/ui_harness.hpp"

#include <cfloat>
#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "kiosk/ui/widgets/text_capture.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::testing {

namespace {

constexpr float kFrameSeconds = 1.0F / 60.0F;
const ImVec2 kNoPointer{-FLT_MAX, -FLT_MAX};

ImGuiContext* make_context(int width, int height) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // tests must not read or write imgui.ini
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2{static_cast<float>(width), static_cast<float>(height)};
    io.DeltaTime = kFrameSeconds;
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
    io.MousePos = kNoPointer;
    return context;
}

}  // namespace

UiHarness::UiHarness(int width, int height, const std::string& language)
    : context_(make_context(width, height)),
      ui_(ui::create_ui_resources({width, height, KIOSK_DEFAULT_ASSETS_DIR, language})) {
    ui::item_registry() = ui::ItemRegistry{};  // nothing left over from an earlier harness
}

UiHarness::~UiHarness() { ImGui::DestroyContext(context_); }

void UiHarness::run_frame(const DrawFn& draw, bool capture_text) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = next_delta_;
    next_delta_ = kFrameSeconds;
    // Each screen window logs its own text (see kiosk/ui/widgets/text_capture.hpp): ImGui 1.86
    // stops logging at every top-level End(), so one LogToBuffer() here would catch nothing.
    ui::set_text_capture(capture_text);
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    if (capture_text) captured_ = ui::captured_text();
    ui::set_text_capture(false);
}

void UiHarness::frame(const DrawFn& draw) { run_frame(draw, false); }

void UiHarness::tap_at(ImVec2 position, const DrawFn& draw) {
    ImGui::SetCurrentContext(context_);  // several harnesses may take turns (a venue of devices)
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = position;
    io.MouseDown[0] = true;
    run_frame(draw, false);
    io.MouseDown[0] = false;  // buttons fire on this frame, with the pointer still there
    run_frame(draw, false);
    io.MousePos = kNoPointer;  // else the last button touched would stay highlighted
}

void UiHarness::drag(ImVec2 from, ImVec2 to, int steps, const DrawFn& draw) {
    ImGui::SetCurrentContext(context_);  // several harnesses may take turns (a venue of devices)
    if (steps < 1) throw std::invalid_argument("drag() needs at least one step");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    io.MouseDown[0] = true;
    run_frame(draw, false);
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        io.MousePos = ImVec2{from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t};
        run_frame(draw, false);
    }
    io.MouseDown[0] = false;
    run_frame(draw, false);
    io.MousePos = kNoPointer;
}

void UiHarness::scroll_by_finger(ImVec2 from, float distance, const DrawFn& draw) {
    ImGui::SetCurrentContext(context_);  // several harnesses may take turns (a venue of devices)
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    io.MouseDown[0] = true;
    run_frame(draw, false);
    constexpr int kSteps = 24;
    for (int i = 1; i <= kSteps; ++i) {
        io.MousePos = ImVec2{from.x, from.y - distance * static_cast<float>(i) / kSteps};
        run_frame(draw, false);
    }
    for (int i = 0; i < 12; ++i) run_frame(draw, false);  // the finger rests: no flick, no glide
    io.MouseDown[0] = false;
    run_frame(draw, false);
    io.MousePos = kNoPointer;
    for (int i = 0; i < 600 && ui::touch_scroll_moving(); ++i) run_frame(draw, false);
}

void UiHarness::tap(std::string_view label, const DrawFn& draw) {
    run_frame(draw, false);
    const ui::RegisteredItem* item = ui::item_registry().find(label, ImGui::GetFrameCount());
    // ImGui gives a region its scrollbar one frame after its content outgrew it, and the
    // region's rows reflow into the narrower width then (a row of buttons becomes a column).
    // A person taps what they see once it has settled: draw until the widget stays put.
    for (int settle = 0; item != nullptr && settle < 4; ++settle) {
        const ImVec2 was = item->min;
        run_frame(draw, false);
        item = ui::item_registry().find(label, ImGui::GetFrameCount());
        if (item == nullptr || (item->min.x == was.x && item->min.y == was.y)) break;
    }
    // Hidden (or half hidden) past the edge of a scrolling region: drag the region, as a person
    // would, until the middle of it shows (a short region may need more than one drag).
    for (int tries = 0; item != nullptr && tries < 12; ++tries) {
        const float top = item->clip_min.y + 2.0F;
        const float bottom = item->clip_max.y - 2.0F;
        const ImVec2 centre = item->center();
        if (centre.y >= top && centre.y <= bottom) break;
        const float middle = (top + bottom) * 0.5F;
        const float reach = (bottom - top) * 0.45F;
        const float wanted = centre.y - middle;
        scroll_by_finger(ImVec2{centre.x, middle + (wanted > 0.0F ? reach : -reach) * 0.5F},
                         wanted > 0.0F ? std::min(wanted, reach) : std::max(wanted, -reach), draw);
        run_frame(draw, false);
        item = ui::item_registry().find(label, ImGui::GetFrameCount());
    }
    if (item == nullptr || !item->visible) {
        std::string seen;
        for (const auto& other : items())
            seen += (seen.empty() ? "\"" : ", \"") + other.label + "\"";
        throw std::runtime_error("no visible widget labelled \"" + std::string{label} +
                                 "\" on screen; seen: " + (seen.empty() ? "none" : seen));
    }
    tap_at(item->center(), draw);
}

void UiHarness::type_text(std::string_view utf8, const DrawFn& draw) {
    ImGui::SetCurrentContext(context_);  // several harnesses may take turns (a venue of devices)
    const std::string text{utf8};
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    run_frame(draw, false);
}

void UiHarness::press_key(ImGuiKey key, const DrawFn& draw, bool shift, bool ctrl) {
    ImGui::SetCurrentContext(context_);  // several harnesses may take turns (a venue of devices)
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = shift;
    io.KeyCtrl = ctrl;
    io.KeysDown[io.KeyMap[key]] = true;
    run_frame(draw, false);
    io.KeysDown[io.KeyMap[key]] = false;
    run_frame(draw, false);
    io.KeyShift = false;
    io.KeyCtrl = false;
}

std::string UiHarness::screen_text(const DrawFn& draw) {
    run_frame(draw, true);
    return captured_;
}

void UiHarness::advance(double seconds) {
    // ImGui asserts (aborting the test binary) on a frame that takes no time.
    if (!(seconds > 0.0)) throw std::invalid_argument("advance() needs a positive time");
    next_delta_ = static_cast<float>(seconds);
    if (clock_ != nullptr) {
        clock_->advance(std::chrono::seconds{static_cast<long long>(seconds)});
    }
}

std::vector<ui::RegisteredItem> UiHarness::items() const {
    ImGui::SetCurrentContext(context_);  // several harnesses may take turns (a venue of devices)
    return ui::item_registry().items_of_frame(ImGui::GetFrameCount());
}

bool UiHarness::has_item(std::string_view label) const {
    ImGui::SetCurrentContext(context_);  // several harnesses may take turns (a venue of devices)
    return ui::item_registry().find(label, ImGui::GetFrameCount()) != nullptr;
}

}  // namespace kiosk::testing
