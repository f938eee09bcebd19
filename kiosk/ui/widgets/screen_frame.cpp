#include "kiosk/ui/widgets/screen_frame.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/venue_header.hpp"

namespace kiosk::ui {

ScreenTop screen_top(const UiResources& ui, const std::string& venue_name, const std::string& clock_hhmm,
                     const char* title, const char* hint) {
    const float header_bottom = venue_header(ui, venue_name, clock_hhmm);
    const float side = em(1.6F);
    const float width = ImGui::GetWindowWidth() - 2.0F * side;
    ImGui::SetCursorPos(ImVec2{side, header_bottom + em(0.8F)});
    wrapped_text(title, ui.fonts.title, ui.theme->text, width);
    if (hint != nullptr) {
        ImGui::SetCursorPosX(side);
        wrapped_text(hint, ui.fonts.body, ui.theme->text_muted, width);
    }
    return {ImGui::GetCursorPosY() + em(0.6F), side};
}

float footer_top() { return ImGui::GetWindowHeight() - em(1.0F) - touch_target_height(); }

FooterResult screen_footer(const UiResources& ui, FooterAction action, bool offer_start_again) {
    FooterResult result;
    const float side = em(1.6F);
    const float top = footer_top();
    if (offer_start_again) {
        ImGui::SetCursorPos(ImVec2{side, top});
        result.start_again = touch_button(ui, {.id = "start_again",
                                               .label = ui.text.tr("common.start_again"),
                                               .kind = ButtonKind::Secondary,
                                               .font = nullptr,
                                               .size = {0.0F, 0.0F},
                                               .raised = false});
    }
    if (action.label != nullptr) {
        TouchButton button{.id = "main_action",
                           .label = action.label,
                           .kind = ButtonKind::Primary,
                           .font = nullptr,
                           .size = {0.0F, 0.0F},
                           .raised = action.enabled};
        button.size.x = std::max(touch_button_size(ui, button).x, em(10.0F));
        ImGui::SetCursorPos(ImVec2{ImGui::GetWindowWidth() - side - button.size.x, top});
        ImGui::BeginDisabled(!action.enabled);
        result.action = touch_button(ui, button) && action.enabled;
        ImGui::EndDisabled();
    }
    return result;
}

void wrapped_text(const char* text, ImFont* font, const ImVec4& colour, float width) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

}  // namespace kiosk::ui
