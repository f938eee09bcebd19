#include "kiosk/ui/widgets/text_field.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "kiosk/ui/widgets/wrapped_editor.hpp"

namespace kiosk::ui {

bool text_field(const UiResources& ui, const TextField& field, const std::string& text, std::string& changed) {
    if (field.label[0] != '\0') {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted(field.label);
        ImGui::PopFont();
    }
    const float width = field.width > 0.0F ? field.width : ImGui::GetContentRegionAvail().x - em(0.2F);
    if (field.lines > 1.0F) {
        // Several lines: the words wrap as they are typed, and the field grows with them.
        return wrapped_editor(ui,
                              {.id = field.id, .label = field.label, .width = width, .min_lines = field.lines,
                               .focus = field.focus},
                              text, changed);
    }
    // ImGui keeps its own copy while the field is active; outside that it shows `text`.
    std::string buffer = text;
    const std::string imgui_id = "##" + std::string{field.id};
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ui.theme->surface);
    ImGui::PushStyleColor(ImGuiCol_Border, ui.theme->border);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, em(0.06F));
    const ImGuiID id = ImGui::GetID(imgui_id.c_str());
    bool edited = false;
    if (field.focus) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(width);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2{em(0.6F), em(0.6F)});
    edited = ImGui::InputText(imgui_id.c_str(), &buffer);
    ImGui::PopStyleVar();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    register_last_item(field.label[0] != '\0' ? field.label : imgui_id.c_str());
    keep_field_visible(ImGui::GetActiveID() == id);
    if (edited && buffer != text) {
        changed = std::move(buffer);
        return true;
    }
    return false;
}

}  // namespace kiosk::ui
