#include "kiosk/ui/family/attendees_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/screen_frame.hpp"
#include "kiosk/ui/widgets/tick_tile.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

AttendeesIntent draw_attendees_screen(const AttendeesView& view, const UiResources& ui) {
    AttendeesIntent intent;
    begin_screen("family/attendees", *ui.theme);
    const ScreenTop top = screen_top(ui, view.venue_name, view.clock_hhmm, ui.text.tr("attendees.title"),
                                     ui.text.tr("attendees.hint"));
    const float width = ImGui::GetWindowWidth() - 2.0F * top.side;

    // Two columns of tiles on a wide screen: an agreement rarely names more than four adults.
    const float gap = em(0.8F);
    const bool two_columns = width > em(30.0F) && view.attendees.size() > 1;
    const float tile_w = two_columns ? (width - gap) * 0.5F : std::min(width, em(24.0F));
    const float tile_h = em(3.4F);
    bool any_ticked = false;
    for (std::size_t i = 0; i < view.attendees.size(); ++i) {
        const AttendeeTileView& person = view.attendees[i];
        any_ticked = any_ticked || person.ticked;
        const std::size_t row = two_columns ? i / 2 : i;
        const std::size_t column = two_columns ? i % 2 : 0;
        ImGui::SetCursorPos(ImVec2{top.side + static_cast<float>(column) * (tile_w + gap),
                                   top.content_top + static_cast<float>(row) * (tile_h + gap)});
        const std::string id = "attendee_" + std::to_string(i);
        if (tick_tile(ui, {.id = id,
                           .label = person.label.c_str(),
                           .note = person.already_checked_in ? ui.text.tr("attendees.already") : nullptr,
                           .ticked = person.ticked,
                           .enabled = !person.already_checked_in,
                           .size = {tile_w, tile_h}})) {
            intent = ToggleAttendee{i};
        }
    }
    const std::size_t rows = two_columns ? (view.attendees.size() + 1) / 2 : view.attendees.size();
    ImGui::SetCursorPos(ImVec2{top.side, top.content_top + static_cast<float>(rows) * (tile_h + gap) + em(0.4F)});
    if (view.staff_told) {
        // In place of the button, so it cannot raise a second alert: who is coming, and that
        // the people named above can go on.
        ImGui::PushTextWrapPos(top.side + width);
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->primary);
        ImGui::TextUnformatted(ui.text.tr("attendees.staff_told"));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::SetCursorPosX(top.side);
        ImGui::PushFont(ui.fonts.body);
        ImGui::TextUnformatted(ui.text.tr("attendees.carry_on"));
        ImGui::PopFont();
        ImGui::PopTextWrapPos();
    } else if (touch_button(ui, {.id = "someone_else", .label = ui.text.tr("attendees.someone_else"),
                                 .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold, .size = {0.0F, 0.0F},
                                 .raised = false})) {
        intent = SomeoneElseIsHere{};
    }

    const FooterResult footer = screen_footer(ui, {ui.text.tr("attendees.continue"), any_ticked});
    if (footer.action) intent = ConfirmAttendees{};
    if (footer.start_again) intent = StartAgain{};
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
