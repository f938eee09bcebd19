#include "kiosk/ui/widgets/staff_body.hpp"

#include <imgui.h>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {

void begin_staff_body(const UiResources& ui, const char* id, float header_height) {
    const float body_h = ImGui::GetWindowHeight() - header_height - on_screen_keyboard_height();
    ImGui::SetCursorPos(ImVec2{0.0F, header_height});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2{em(2.0F), em(0.8F)});
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.theme->background);
    begin_scroll_area(id, ImVec2{0.0F, body_h}, ImGuiWindowFlags_AlwaysUseWindowPadding);
}

void end_staff_body() {
    keyboard_scroll_room();
    end_scroll_area();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

}  // namespace kiosk::ui
