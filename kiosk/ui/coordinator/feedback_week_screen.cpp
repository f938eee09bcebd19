#include "kiosk/ui/coordinator/feedback_week_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/face_scale.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {

// One bar per face: the face, its word, the bar and the count. The bars share one scale (the
// most chosen face fills the room), so a glance shows how the week went for the children.
void face_chart(const FeedbackVenueView& venue, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    float label_w = 0.0F;
    for (const auto& bar : venue.child_faces) label_w = std::max(label_w, ImGui::CalcTextSize(bar.label.c_str()).x);
    const float row_h = em(1.9F);
    const float icon_r = em(0.75F);
    const float count_w = ImGui::CalcTextSize("000").x + em(0.5F);
    const float left = ImGui::GetCursorPosX();
    const float bar_x = left + icon_r * 2.0F + em(0.5F) + label_w + em(0.6F);
    // A chart of a glance's width: wider bars on a wide screen would say no more.
    const float bar_room = std::clamp(ImGui::GetContentRegionAvail().x - (bar_x - left) - count_w, em(3.0F), em(10.0F));
    for (const auto& bar : venue.child_faces) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw_face_icon(draw, ImVec2{at.x + icon_r, at.y + row_h * 0.5F}, icon_r, bar.face, theme);
        const float text_y = (row_h - ImGui::GetTextLineHeight()) * 0.5F;
        const float row_y = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2{left + icon_r * 2.0F + em(0.5F), row_y + text_y});
        ImGui::TextUnformatted(bar.label.c_str());
        const float bar_screen_x = ImGui::GetWindowPos().x - ImGui::GetScrollX() + bar_x;
        const float bar_w = bar.count > 0 ? std::max(em(0.3F), bar_room * bar.fraction) : 0.0F;
        const float bar_top = at.y + row_h * 0.2F;
        draw->AddRectFilled(ImVec2{bar_screen_x, bar_top}, ImVec2{bar_screen_x + bar_room, at.y + row_h * 0.8F},
                            to_u32(theme.background), em(0.2F));
        if (bar_w > 0.0F) {
            draw->AddRectFilled(ImVec2{bar_screen_x, bar_top}, ImVec2{bar_screen_x + bar_w, at.y + row_h * 0.8F},
                                to_u32(theme.primary), em(0.2F));
        }
        ImGui::SetCursorPos(ImVec2{bar_x + bar_room + em(0.4F), row_y + text_y});
        ImGui::TextUnformatted(std::to_string(bar.count).c_str());
        ImGui::SetCursorPos(ImVec2{left, row_y + row_h});
    }
}

void chart_part(const FeedbackVenueView& venue, const UiResources& ui) {
    ImGui::PushFont(ui.fonts.body_bold);
    ImGui::TextUnformatted(venue.chart_title.c_str());
    ImGui::PopFont();
    face_chart(venue, ui);
    coloured_text(ui.theme->text, venue.child_summary);
    coloured_text(ui.theme->text, venue.adult_summary);
}

void comments_part(const FeedbackVenueView& venue, const UiResources& ui) {
    ImGui::PushFont(ui.fonts.body_bold);
    ImGui::TextUnformatted(venue.comments_title.c_str());
    ImGui::PopFont();
    if (venue.comments.empty()) muted_text(ui, venue.no_comments);
    for (const auto& c : venue.comments) {
        muted_text(ui, c.when.empty() ? c.who : c.when + " \u00b7 " + c.who);
        if (c.removed) {
            muted_text(ui, c.text);
        } else {
            coloured_text(ui.theme->text, c.text);
        }
        ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    }
}

void venue_card(const FeedbackVenueView& venue, const UiResources& ui) {
    section_heading(ui, venue.venue.c_str());
    muted_text(ui, venue.responses);
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    // Chart and comments side by side when there is room for both, else one under the other.
    if (ImGui::GetContentRegionAvail().x >= em(34.0F) &&
        ImGui::BeginTable("venue_feedback", 2, ImGuiTableFlags_None)) {
        ImGui::TableSetupColumn("chart", ImGuiTableColumnFlags_WidthFixed, em(21.0F));
        ImGui::TableSetupColumn("comments", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        chart_part(venue, ui);
        ImGui::TableNextColumn();
        comments_part(venue, ui);
        ImGui::EndTable();
        return;
    }
    chart_part(venue, ui);
    ImGui::Dummy(ImVec2{0.0F, em(0.4F)});
    comments_part(venue, ui);
}

}  // namespace

FeedbackWeekIntent draw_feedback_week_screen(const FeedbackWeekView& view, const UiResources& ui) {
    FeedbackWeekIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/feedback", ui.text.tr("coord.feedback.title"), view.frame, ui)) {
        intent = *tab;
    }
    // The week, and the way to the one before and after.
    if (touch_button(ui, {.id = "week_earlier", .label = ui.text.tr("coord.feedback.earlier"),
                          .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold})) {
        intent = EarlierFeedbackWeek{};
    }
    const TouchButton later{.id = "week_later", .label = ui.text.tr("coord.feedback.later"),
                            .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold};
    next_on_row_if_fits(touch_button_size(ui, later).x);
    ImGui::BeginDisabled(!view.can_go_later);
    if (touch_button(ui, later)) intent = LaterFeedbackWeek{};
    ImGui::EndDisabled();
    ImGui::PushFont(ui.fonts.large);
    coloured_text(ui.theme->text, view.week_label);
    ImGui::PopFont();

    begin_scroll_area("feedback_weeks", ImVec2{0.0F, 0.0F});
    if (view.venues.empty()) muted_text(ui, view.empty);
    for (const auto& venue : view.venues) {
        venue_card(venue, ui);
        ImGui::Dummy(ImVec2{0.0F, em(0.6F)});
    }
    end_scroll_area();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
