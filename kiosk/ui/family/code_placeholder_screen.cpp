#include "kiosk/ui/family/code_placeholder_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/venue_header.hpp"

namespace kiosk::ui {

CodePlaceholderIntent draw_code_placeholder_screen(const CodePlaceholderView& view,
                                                   const UiResources& ui) {
    const Theme& theme = *ui.theme;
    CodePlaceholderIntent intent;
    begin_screen("family/code", theme);

    const float header_bottom = venue_header(ui, view.venue_name, view.clock_hhmm);
    const float width = ImGui::GetWindowWidth();
    const float text_width = std::min(width - em(4.0F), em(30.0F));

    ImGui::SetCursorPos(ImVec2{0.0F, header_bottom + em(2.0F)});
    centered_text(ui.text.tr("code.title"), ui.fonts.title, theme.text, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.5F));
    centered_text(ui.text.tr("code.hint"), ui.fonts.large, theme.text_muted, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(1.5F));
    centered_text(ui.text.tr("code.keypad_coming"), ui.fonts.body, theme.text_muted, text_width);

    const TouchButton start_again{.id = "start_again",
                                  .label = ui.text.tr("common.start_again"),
                                  .kind = ButtonKind::Secondary,
                                  .font = nullptr,
                                  .size = {0.0F, 0.0F},
                                  .raised = false};
    const ImVec2 size = touch_button_size(ui, start_again);
    ImGui::SetCursorPos(ImVec2{(width - size.x) * 0.5F,
                               ImGui::GetWindowHeight() - em(1.4F) - size.y});
    if (touch_button(ui, start_again)) intent = StartAgain{};

    end_screen();
    return intent;
}

}  // namespace kiosk::ui
