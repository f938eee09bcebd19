#include "kiosk/ui/family/notice_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/venue_header.hpp"

namespace kiosk::ui {

namespace {
std::string filled_body(const NoticeView& view, const UiResources& ui) {
    std::string body = ui.text.tr(view.body_key);
    for (const auto& [name, value] : view.values) body = fill(body, {{name, value}});
    return body;
}
}  // namespace

NoticeIntent draw_notice_screen(const NoticeView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    NoticeIntent intent;
    begin_screen(view.screen_name.c_str(), theme);
    const float header_bottom = venue_header(ui, view.venue_name, view.clock_hhmm);
    const float width = ImGui::GetWindowWidth();
    const float text_width = std::min(width - em(4.0F), em(34.0F));

    const char* title = ui.text.tr(view.title_key);
    const std::string body = filled_body(view, ui);
    const TouchButton ok{.id = "ok", .label = ui.text.tr("common.ok"), .kind = ButtonKind::Primary,
                         .font = ui.fonts.title, .size = {em(12.0F), em(3.4F)}, .raised = true};
    const float block = centered_text_height(title, ui.fonts.title, text_width) + em(1.2F) +
                        centered_text_height(body.c_str(), ui.fonts.large, text_width) + em(2.0F) +
                        touch_button_size(ui, ok).y;
    const float space = ImGui::GetWindowHeight() - header_bottom - em(1.0F);
    ImGui::SetCursorPos(ImVec2{0.0F, header_bottom + std::max(em(1.5F), (space - block) * 0.45F)});
    centered_text(title, ui.fonts.title, view.tone == NoticeTone::AskStaff ? theme.warning : theme.text, text_width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(1.2F));
    centered_text(body.c_str(), ui.fonts.large, theme.text, text_width);
    ImGui::SetCursorPos(ImVec2{(width - touch_button_size(ui, ok).x) * 0.5F, ImGui::GetCursorPosY() + em(2.0F)});
    if (touch_button(ui, ok)) intent = DismissNotice{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
