#include "kiosk/ui/family/feedback_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/face_scale.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"
#include "kiosk/ui/widgets/tick_tile.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

namespace {

FeedbackIntent child_question(const FeedbackView& view, const UiResources& ui) {
    FeedbackIntent intent;
    const ScreenTop top = screen_top(ui, view.venue_name, view.clock_hhmm, ui.text.tr("feedback.child_title"),
                                     ui.text.tr("feedback.child_hint"));
    const float width = ImGui::GetWindowWidth() - 2.0F * top.side;
    ImGui::SetCursorPos(ImVec2{top.side, top.content_top + em(1.0F)});
    if (const auto face = face_scale(ui, 0, width)) intent = ChooseFace{*face};
    const FooterResult footer = screen_footer(ui, {ui.text.tr("feedback.skip"), true});
    if (footer.action) intent = SkipChildFace{};
    if (footer.start_again) intent = StartAgain{};
    return intent;
}

FeedbackIntent adult_question(const FeedbackView& view, const UiResources& ui) {
    FeedbackIntent intent;
    const ScreenTop top =
        screen_top(ui, view.venue_name, view.clock_hhmm, ui.text.tr("feedback.adult_title"), nullptr);
    const float width = ImGui::GetWindowWidth() - 2.0F * top.side;
    ImGui::SetCursorPos(ImVec2{top.side, top.content_top});
    if (const auto face = face_scale(ui, view.adult_face, width)) intent = ChooseFace{*face};

    // The comment (if any) is shown as typed, so the person sees what will be sent.
    const float row = ImGui::GetCursorPosY() + em(1.0F);
    ImGui::SetCursorPos(ImVec2{top.side, row});
    const char* comment_label = ui.text.tr(view.comment.empty() ? "feedback.comment" : "feedback.edit_comment");
    if (touch_button(ui, {.id = "comment", .label = comment_label, .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold, .size = {0.0F, 0.0F}, .raised = false})) {
        intent = EditComment{};
    }
    const char* anonymous_label = ui.text.tr("feedback.anonymous");
    ImFont* tile_font = ui.fonts.large;
    const float anonymous_w = std::min(
        tile_font->CalcTextSizeA(tile_font->FontSize, FLT_MAX, 0.0F, anonymous_label).x + em(4.2F), width * 0.6F);
    ImGui::SetCursorPos(ImVec2{top.side + width - anonymous_w, row});
    if (tick_tile(ui, {.id = "anonymous", .label = anonymous_label, .note = nullptr,
                       .ticked = view.anonymous, .enabled = true, .size = {anonymous_w, 0.0F}})) {
        intent = ToggleAnonymous{};
    }
    float below = row + touch_target_height() + em(0.5F);
    if (!view.comment.empty()) {
        ImGui::SetCursorPos(ImVec2{top.side, below});
        wrapped_text(view.comment.c_str(), ui.fonts.body, ui.theme->text_muted, width);
        below = ImGui::GetCursorPosY();
    }
    if (!view.message_key.empty()) {
        ImGui::SetCursorPos(ImVec2{top.side, below});
        wrapped_text(ui.text.tr(view.message_key), ui.fonts.large, ui.theme->warning, width);
    }
    const FooterResult footer = screen_footer(ui, {ui.text.tr("feedback.send"), true});
    if (footer.action) intent = SendFeedback{};
    if (footer.start_again) intent = StartAgain{};
    return intent;
}

}  // namespace

FeedbackIntent draw_feedback_screen(const FeedbackView& view, const UiResources& ui) {
    begin_screen("family/feedback", *ui.theme);
    const FeedbackIntent intent =
        view.question == FeedbackQuestion::Child ? child_question(view, ui) : adult_question(view, ui);
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
