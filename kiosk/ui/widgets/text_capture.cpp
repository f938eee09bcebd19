#include "kiosk/ui/widgets/text_capture.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace kiosk::ui {

namespace {
struct CaptureState {
    bool on = false;
    std::string text;
};
CaptureState& state() {
    static CaptureState capture;
    return capture;
}
}  // namespace

void set_text_capture(bool on) {
    state().on = on;
    state().text.clear();
}

const std::string& captured_text() { return state().text; }

void capture_window_begin() {
    if (state().on && !GImGui->LogEnabled) ImGui::LogToBuffer();
}

void capture_window_end() {
    if (!state().on || !GImGui->LogEnabled) return;
    state().text += GImGui->LogBuffer.c_str();  // read before LogFinish() empties it
    state().text += '\n';
    ImGui::LogFinish();
}

}  // namespace kiosk::ui
