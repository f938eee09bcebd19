#include "kiosk/ui/family/attract_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/venue_header.hpp"

namespace kiosk::ui {

namespace {

// The language buttons, centred on one row near the bottom, with a quiet label before them.
AttractIntent draw_language_row(const AttractView& view, const UiResources& ui, float top) {
    const char* label = ui.text.tr("attract.language_label");
    ImFont* label_font = ui.fonts.body;
    const float gap = em(0.7F);

    std::vector<TouchButton> buttons;
    float row_width = label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, 0.0F, label).x;
    for (const Language& language : view.languages) {
        TouchButton button{.id = language.code,
                           .label = language.own_name.c_str(),
                           .kind = language.code == view.language ? ButtonKind::Chosen
                                                                  : ButtonKind::Secondary,
                           .font = ui.fonts.body_bold,
                           .size = {0.0F, 0.0F},
                           .raised = false};
        button.size.x = std::max(touch_button_size(ui, button).x, em(7.0F));
        row_width += gap + button.size.x;
        buttons.push_back(button);
    }

    const float row_height = touch_target_height();
    ImGui::SetCursorPos(ImVec2{(ImGui::GetWindowWidth() - row_width) * 0.5F, top});
    ImGui::BeginGroup();
    ImGui::PushFont(label_font);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
    const float label_top = top + (row_height - label_font->FontSize) * 0.5F;
    ImGui::SetCursorPosY(label_top);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
    ImGui::PopFont();

    AttractIntent intent;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        ImGui::SameLine(0.0F, gap);
        ImGui::SetCursorPosY(top);
        if (touch_button(ui, buttons[i])) intent = ChooseLanguage{view.languages[i].code};
    }
    ImGui::EndGroup();
    return intent;
}

}  // namespace

AttractIntent draw_attract_screen(const AttractView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    AttractIntent intent;
    begin_screen("family/attract", theme);

    const float header_bottom = venue_header(ui, view.venue_name, view.clock_hhmm);
    const float width = ImGui::GetWindowWidth();
    const float height = ImGui::GetWindowHeight();

    // The language row sits on the bottom edge; everything else is centred above it.
    const float language_top = height - em(1.4F) - touch_target_height();

    const char* welcome = ui.text.tr("attract.welcome");
    const char* check_in = ui.text.tr("attract.tap_to_check_in");
    const char* hint = ui.text.tr("attract.check_in_hint");
    const TouchButton feedback{.id = "feedback",
                               .label = ui.text.tr("attract.give_feedback"),
                               .kind = ButtonKind::Secondary,
                               .font = ui.fonts.body_bold,
                               .size = {0.0F, 0.0F},
                               .raised = false};
    const ImVec2 feedback_size = touch_button_size(ui, feedback);

    // The target is most of the width and about a quarter of the height: impossible to miss.
    const float button_width = std::min(width - em(4.0F), em(34.0F));
    const float button_height = std::max(em(5.5F), height * 0.27F);
    ImFont* check_in_font = largest_font_fitting(check_in, button_width - em(2.0F),
                                                 {ui.fonts.title, ui.fonts.large});
    const float text_width = std::min(width - em(4.0F), em(30.0F));
    const float block_height = ui.fonts.title->FontSize + em(1.0F) + button_height + em(1.0F) +
                               centered_text_height(hint, ui.fonts.body, text_width) + em(1.0F) +
                               feedback_size.y;
    const float block_top =
        header_bottom + std::max(em(1.0F), (language_top - header_bottom - block_height) * 0.5F);

    ImGui::SetCursorPos(ImVec2{0.0F, block_top});
    centered_text(welcome, ui.fonts.title, theme.text_muted, text_width);

    ImGui::SetCursorPos(ImVec2{(width - button_width) * 0.5F,
                               block_top + ui.fonts.title->FontSize + em(1.0F)});
    if (touch_button(ui, {.id = "check_in",
                          .label = check_in,
                          .kind = ButtonKind::Primary,
                          .font = check_in_font,
                          .size = {button_width, button_height},
                          .raised = true})) {
        intent = StartCheckIn{};
    }

    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.4F));
    ImGui::SetCursorPosX(0.0F);
    centered_text(hint, ui.fonts.body, theme.text_muted, text_width);

    ImGui::SetCursorPos(ImVec2{(width - feedback_size.x) * 0.5F, ImGui::GetCursorPosY() + em(1.0F)});
    if (touch_button(ui, feedback)) intent = StartFeedback{};

    const AttractIntent language = draw_language_row(view, ui, language_top);
    if (!std::holds_alternative<std::monostate>(language)) intent = language;

    end_screen();
    return intent;
}

}  // namespace kiosk::ui
