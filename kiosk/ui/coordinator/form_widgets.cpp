#include "kiosk/ui/coordinator/form_widgets.hpp"

#include <imgui_stdlib.h>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/item_registry.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

void section_heading(const UiResources& ui, const char* text) {
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    ImGui::PushFont(ui.fonts.large);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted_text(const UiResources& ui, const std::string& text) { coloured_text(ui.theme->text_muted, text); }

void coloured_text(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

int choice_row(const UiResources& ui, std::string_view id, const std::vector<std::string>& labels, int selected) {
    int tapped = -1;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::string button_id = std::string(id) + "_" + std::to_string(i);
        TouchButton button{.id = button_id,
                           .label = labels[i].c_str(),
                           .kind = static_cast<int>(i) == selected ? ButtonKind::Chosen : ButtonKind::Secondary,
                           .font = ui.fonts.body,
                           .size = {0.0F, 0.0F},
                           .raised = false};
        // Wrap to a new row when the next choice would run off the right edge.
        if (i > 0) {
            const float next = touch_button_size(ui, button).x;
            const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next;
            if (right < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
        }
        if (touch_button(ui, button)) tapped = static_cast<int>(i);
    }
    return tapped;
}

namespace {
void show_problem(const UiResources& ui, const std::string& problem) {
    if (!problem.empty()) coloured_text(ui.theme->danger, problem);
}
void field_frame_begin(const UiResources& ui) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, em(0.06F));
    ImGui::PushStyleColor(ImGuiCol_Border, ui.theme->border);
}
void field_frame_end() {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}
}  // namespace

bool text_field(const UiResources& ui, const char* id, const char* label, std::string& value, const std::string& problem,
                float width_em, ImGuiInputTextFlags flags) {
    ImGui::TextUnformatted(label);
    field_frame_begin(ui);
    ImGui::SetNextItemWidth(em(width_em));
    const bool changed = ImGui::InputText(id, &value, flags);
    register_last_item(label);
    field_frame_end();
    show_problem(ui, problem);
    return changed;
}

bool text_area(const UiResources& ui, const char* id, const char* label, std::string& value, const std::string& problem,
               float height_em) {
    ImGui::TextUnformatted(label);
    field_frame_begin(ui);
    const bool changed =
        ImGui::InputTextMultiline(id, &value, ImVec2{ImGui::GetContentRegionAvail().x - em(0.5F), em(height_em)});
    register_last_item(label);
    field_frame_end();
    show_problem(ui, problem);
    return changed;
}

bool number_field(const UiResources& ui, const char* id, const char* label, int& value, float width_em) {
    ImGui::TextUnformatted(label);
    field_frame_begin(ui);
    ImGui::SetNextItemWidth(em(width_em));
    const bool changed = ImGui::InputInt(id, &value, 1, 5);
    register_last_item(label);
    field_frame_end();
    return changed;
}

bool check_box(const UiResources& ui, const char* label, bool& value) {
    field_frame_begin(ui);
    const bool changed = ImGui::Checkbox(label, &value);
    register_last_item(label);
    field_frame_end();
    return changed;
}

void status_chip(const UiResources& ui, const std::string& text, ChipKind kind) {
    const Theme& t = *ui.theme;
    const ImVec4 fill = kind == ChipKind::Danger    ? t.danger
                        : kind == ChipKind::Warning ? t.warning
                        : kind == ChipKind::Success ? t.success
                                                    : t.text_muted;
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 pad{em(0.5F), em(0.15F)};
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 box{size.x + 2 * pad.x, size.y + 2 * pad.y};
    // Drawn rather than laid out, so the chip's words sit inside it on any line (after SameLine
    // ImGui would shift laid-out text to the line's baseline); LogText keeps them readable by tests.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2{at.x + box.x, at.y + box.y}, to_u32(fill), em(0.6F));
    draw->AddText(ImVec2{at.x + pad.x, at.y + pad.y}, to_u32(t.on_primary), text.c_str());
    ImGui::LogText("%s\n", text.c_str());
    ImGui::Dummy(box);
}

}  // namespace kiosk::ui
