#include "kiosk/ui/widgets/staff_header.hpp"

#include <imgui.h>

#include <cfloat>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

StaffHeaderResult staff_header(const UiResources& ui, const StaffHeader& header) { return staff_header(ui, header, {}); }

StaffHeaderResult staff_header(const UiResources& ui, const StaffHeader& header, const std::string& sync_status) {
    const Theme& theme = *ui.theme;
    StaffHeaderResult result;
    const ImVec2 origin = ImGui::GetWindowPos();
    const float width = ImGui::GetWindowWidth();
    const float side = em(0.8F);
    const float button_h = touch_target_height();
    result.height = button_h + em(0.8F);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2{origin.x + width, origin.y + result.height}, to_u32(theme.surface));
    draw->AddRectFilled(ImVec2{origin.x, origin.y + result.height - em(0.12F)},
                        ImVec2{origin.x + width, origin.y + result.height}, to_u32(theme.primary));

    const float top = (result.height - button_h) * 0.5F;
    float left = side;
    if (header.back_label != nullptr) {
        ImGui::SetCursorPos(ImVec2{left, top});
        const TouchButton back{.id = "header_back", .label = header.back_label, .kind = ButtonKind::Secondary,
                               .font = ui.fonts.body_bold, .size = {0.0F, button_h}, .raised = false};
        result.back = touch_button(ui, back);
        left += touch_button_size(ui, back).x + em(0.8F);
    }
    ImGui::PushFont(ui.fonts.large);
    ImGui::SetCursorPos(ImVec2{left, (result.height - ui.fonts.large->FontSize) * 0.5F});
    ImGui::TextUnformatted(header.title);
    ImGui::PopFont();

    float right = width - side;
    if (!header.worker_name.empty()) {
        const TouchButton lock{.id = "header_lock", .label = ui.text.tr("staff.header.lock"),
                               .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold,
                               .size = {0.0F, button_h}, .raised = false};
        right -= touch_button_size(ui, lock).x;
        ImGui::SetCursorPos(ImVec2{right, top});
        result.lock = touch_button(ui, lock);
        right -= em(0.8F);
    }
    std::string who = header.worker_name.empty() ? header.clock_hhmm
                                                 : header.worker_name + "  \xC2\xB7  " + header.clock_hhmm;
    if (!sync_status.empty()) who = sync_status + "  \xC2\xB7  " + who;
    ImGui::PushFont(ui.fonts.body_bold);
    const float who_w = ui.fonts.body_bold->CalcTextSizeA(ui.fonts.body_bold->FontSize, FLT_MAX, 0.0F, who.c_str()).x;
    ImGui::SetCursorPos(ImVec2{right - who_w, (result.height - ui.fonts.body_bold->FontSize) * 0.5F});
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text_muted);
    ImGui::TextUnformatted(who.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();

    ImGui::SetCursorPos(ImVec2{0.0F, result.height});
    return result;
}

void staff_heading(const UiResources& ui, const char* text) {
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    ImGui::PushFont(ui.fonts.large);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void staff_hint(const UiResources& ui, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

std::string staff_message_text(const UiResources& ui, const std::string& message) {
    if (message.rfind("staff.", 0) != 0) return message;  // a service's own sentence
    const auto bar = message.find('|');
    std::string text = ui.text.tr(message.substr(0, bar));
    if (bar != std::string::npos) {
        const auto slot = text.find("{}");
        if (slot != std::string::npos) text.replace(slot, 2, message.substr(bar + 1));
    }
    return text;
}

void staff_problem(const UiResources& ui, const std::string& message) {
    if (message.empty()) return;
    const std::string text = staff_message_text(ui, message);
    ImGui::PushFont(ui.fonts.body_bold);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->danger);
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace kiosk::ui
