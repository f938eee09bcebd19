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

StaffColumns begin_staff_columns(const UiResources& ui, float header_height, const StaffColumnsLayout& layout) {
    const float width = ImGui::GetWindowWidth();
    StaffColumns columns;
    columns.top = header_height;
    columns.left_width = width * layout.left_fraction;
    columns.right_width = width - columns.left_width;
    columns.height = ImGui::GetWindowHeight() - header_height - on_screen_keyboard_height();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2{em(layout.padding_x_em), em(layout.padding_y_em)});
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.theme->background);
    return columns;
}

void begin_left_column(const StaffColumns& columns, const char* id) {
    ImGui::SetCursorPos(ImVec2{0.0F, columns.top});
    begin_scroll_area(id, ImVec2{columns.left_width, columns.height}, ImGuiWindowFlags_AlwaysUseWindowPadding);
}

void begin_right_column(const StaffColumns& columns, const char* id, float below) {
    ImGui::SetCursorPos(ImVec2{columns.left_width, columns.top + below});
    begin_scroll_area(id, ImVec2{columns.right_width, columns.height - below}, ImGuiWindowFlags_AlwaysUseWindowPadding);
}

void end_staff_column(bool keyboard_room) {
    if (keyboard_room) keyboard_scroll_room();
    end_scroll_area();
}

void end_staff_columns() {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

}  // namespace kiosk::ui
