#include "kiosk/ui/family/agreement_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {

namespace {

// One fact: a quiet label over a bold value, on the left column's card.
void fact(const UiResources& ui, const char* label, const std::string& value, float left, float width) {
    ImGui::SetCursorPosX(left);
    wrapped_text(label, ui.fonts.body, ui.theme->text_muted, width);
    ImGui::SetCursorPosX(left);
    wrapped_text(value.c_str(), ui.fonts.large, ui.theme->text, width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.5F));
}

// The rules, each under its heading; they scroll if an agreement has many, dragged by a finger.
void rules_list(const UiResources& ui, const std::vector<AgreementRuleView>& rules, ImVec2 size) {
    const Theme& theme = *ui.theme;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.background);
    begin_scroll_area("rules", size);
    const float width = size.x - em(1.4F);
    for (const AgreementRuleView& rule : rules) {
        wrapped_text(ui.text.tr(rule.heading_key), ui.fonts.body_bold, theme.primary, width);
        wrapped_text(rule.text_key.empty() ? rule.text.c_str() : ui.text.tr(rule.text_key), ui.fonts.body, theme.text,
                     width);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.5F));
    }
    end_scroll_area();
    ImGui::PopStyleColor();
}

}  // namespace

AgreementIntent draw_agreement_screen(const AgreementView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    AgreementIntent intent;
    begin_screen("family/agreement", theme);
    const ScreenTop top = screen_top(ui, view.venue_name, view.clock_hhmm, ui.text.tr("agreement.title"), nullptr);
    const float width = ImGui::GetWindowWidth() - 2.0F * top.side;
    const float bottom = footer_top() - em(0.6F);

    // Lines of one card sit close together; the space goes between facts and between rules.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2{em(0.5F), em(0.15F)});
    // The facts on a card on the left, the rules on the right: both fit a landscape screen.
    const float facts_w = std::min(width * 0.36F, em(17.0F));
    const float pad = em(0.9F);
    const ImVec2 window = ImGui::GetWindowPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2{window.x + top.side, window.y + top.content_top},
                                              ImVec2{window.x + top.side + facts_w, window.y + bottom},
                                              to_u32(theme.surface), ImGui::GetStyle().ChildRounding);
    const float inner_left = top.side + pad;
    const float inner_w = facts_w - 2.0F * pad;
    const std::string minutes = std::to_string(view.minutes);
    ImGui::SetCursorPosY(top.content_top + pad * 0.7F);
    fact(ui, ui.text.tr("agreement.starts"), view.starts_hhmm, inner_left, inner_w);
    fact(ui, ui.text.tr("agreement.length"), fill(ui.text.tr("agreement.length_minutes"), {{"minutes", minutes}}),
         inner_left, inner_w);
    fact(ui, ui.text.tr("agreement.room"), view.room_name, inner_left, inner_w);
    fact(ui, ui.text.tr("agreement.supervision"), ui.text.tr("supervision.name." + view.supervision), inner_left,
         inner_w);
    ImGui::SetCursorPosX(inner_left);
    wrapped_text(ui.text.tr("supervision.explain." + view.supervision), ui.fonts.body, theme.text, inner_w);

    const float rules_left = top.side + facts_w + em(1.4F);
    // The rules start level with the screen's title, so six of them fit without scrolling;
    // under it when the title is long enough to reach them ("Twoja dzisiejsza wizyta").
    const char* title = ui.text.tr("agreement.title");
    const float title_w = ui.fonts.title->CalcTextSizeA(ui.fonts.title->FontSize, FLT_MAX, 0.0F, title).x;
    const float title_top = top.content_top - em(0.6F) - ui.fonts.title->FontSize;
    const float heading_top = top.side + title_w + em(0.8F) <= rules_left
                                  ? title_top + ui.fonts.title->FontSize - ui.fonts.large->FontSize
                                  : top.content_top;
    ImGui::SetCursorPos(ImVec2{rules_left, heading_top});
    wrapped_text(ui.text.tr("agreement.rules"), ui.fonts.large, theme.text, width - facts_w - em(1.4F));
    const float rules_top = ImGui::GetCursorPosY() + em(0.2F);
    ImGui::SetCursorPos(ImVec2{rules_left, rules_top});
    rules_list(ui, view.rules, ImVec2{top.side + width - rules_left, bottom - rules_top});
    ImGui::PopStyleVar();

    const FooterResult footer = screen_footer(ui, {ui.text.tr("agreement.confirm"), true});
    if (footer.action) intent = ConfirmAgreement{};
    if (footer.start_again) intent = StartAgain{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
