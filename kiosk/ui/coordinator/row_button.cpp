#include "kiosk/ui/coordinator/row_button.hpp"

#include <imgui.h>

#include "kiosk/ui/widgets/item_registry.hpp"

namespace kiosk::ui {

bool row_button(std::string_view id, const std::string& label, float height) {
    const ImVec2 start = ImGui::GetCursorPos();
    const std::string imgui_id = "##" + std::string(id);
    const bool tapped = ImGui::Selectable(imgui_id.c_str(), false,
                                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                                          ImVec2{0.0F, height});
    register_last_row_item(label);  // the whole row is its box, not the first column
    ImGui::SetCursorPos(start);
    return tapped;
}

}  // namespace kiosk::ui
