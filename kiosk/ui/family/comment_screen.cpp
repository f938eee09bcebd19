#include "kiosk/ui/family/comment_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/letter_keyboard.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"

namespace kiosk::ui {

CommentIntent draw_comment_screen(const CommentView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    CommentIntent intent;
    begin_screen("family/comment", theme);
    const ScreenTop top =
        screen_top(ui, view.venue_name, view.clock_hhmm, ui.text.tr("feedback.comment_title"), nullptr);
    const float width = ImGui::GetWindowWidth() - 2.0F * top.side;

    // The text so far, in a white box with a caret-like bar at its end.
    const float box_h = em(3.4F);
    const ImVec2 window = ImGui::GetWindowPos();
    const ImVec2 min{window.x + top.side, window.y + top.content_top};
    ImGui::GetWindowDrawList()->AddRectFilled(min, ImVec2{min.x + width, min.y + box_h}, to_u32(theme.surface),
                                              ImGui::GetStyle().FrameRounding);
    ImGui::SetCursorPos(ImVec2{top.side + em(0.6F), top.content_top + em(0.4F)});
    // Only the end of a long comment fits; the person is typing there.
    const std::size_t shown_from = view.comment.size() > 160 ? view.comment.size() - 160 : 0;
    std::size_t start = shown_from;
    while (start < view.comment.size() && (static_cast<unsigned char>(view.comment[start]) & 0xC0U) == 0x80U) ++start;
    const std::string shown = view.comment.substr(start) + "|";
    wrapped_text(shown.c_str(), ui.fonts.body, theme.text, width - em(1.2F));

    float keyboard_top = top.content_top + box_h + em(0.6F);
    if (!view.message_key.empty()) {
        ImGui::SetCursorPos(ImVec2{top.side, keyboard_top});
        wrapped_text(ui.text.tr(view.message_key), ui.fonts.body_bold, theme.warning, width);
        keyboard_top = ImGui::GetCursorPosY() + em(0.3F);
    }
    ImGui::SetCursorPos(ImVec2{top.side + width * 0.05F, keyboard_top});
    const ImVec2 keyboard{width * 0.9F, footer_top() - em(0.6F) - keyboard_top};
    if (const auto key = letter_keyboard(ui, keyboard)) {
        if (key->is_delete()) {
            intent = DeleteFromComment{};
        } else {
            intent = AppendToComment{key->text};
        }
    }
    const FooterResult footer = screen_footer(ui, {ui.text.tr("feedback.done"), true});
    if (footer.action) intent = FinishComment{};
    if (footer.start_again) intent = StartAgain{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
