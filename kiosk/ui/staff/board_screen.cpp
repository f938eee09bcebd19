#include "kiosk/ui/staff/board_screen.hpp"

#include <imgui.h>

#include <string>

#include "kiosk/ui/staff/contact_lines.hpp"
#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/sync_status_line.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {

namespace {

void coloured_text(const ImVec4& colour, ImFont* font, const std::string& text) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// One alert line with the button that acknowledges it in the worker's name.
BoardIntent draw_alert(const BoardAlertView& alert, const UiResources& ui) {
    BoardIntent intent;
    const std::string id = "ack_" + std::to_string(alert.alert_id);
    if (touch_button(ui, {.id = id, .label = ui.text.tr("staff.board.acknowledge"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold, .size = {0.0F, 0.0F}, .raised = false})) {
        intent = AcknowledgeAlert{alert.alert_id};
    }
    ImGui::SameLine(0.0F, em(0.6F));
    ImGui::BeginGroup();
    coloured_text(ui.theme->danger, ui.fonts.body_bold,
                  alert.raised_hhmm + "  " + ui.text.tr(alert.kind_key));
    if (!alert.severity_key.empty()) {
        coloured_text(ui.theme->text, ui.fonts.body,
                      std::string{ui.text.tr("staff.board.severity")} + " " + ui.text.tr(alert.severity_key));
    } else if (!alert.detail.empty()) {
        // A catalog key ("staff.alert_detail.late_arrival") in the worker's language; an older
        // alert's own words as they are.
        coloured_text(ui.theme->text, ui.fonts.body, staff_message_text(ui, alert.detail));
    }
    ImGui::EndGroup();
    return intent;
}

BoardIntent draw_row(const BoardRowView& row, const UiResources& ui, float width) {
    const Theme& theme = *ui.theme;
    BoardIntent intent;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + em(0.8F));
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    ImGui::SetCursorPosX(em(1.6F));
    ImGui::BeginGroup();

    // Time and room: what a worker scans for first.
    ImGui::BeginGroup();
    coloured_text(theme.text, ui.fonts.title, row.starts_hhmm);
    coloured_text(theme.text_muted, ui.fonts.body, ui.text.tr("staff.board.until") + std::string{" "} + row.ends_hhmm);
    coloured_text(theme.text_muted, ui.fonts.body_bold, row.room);
    ImGui::EndGroup();
    ImGui::SameLine(em(9.0F));

    ImGui::BeginGroup();
    coloured_text(theme.text, ui.fonts.large, row.child_first_name + "  \xC2\xB7  " + ui.text.tr(row.age_band_key));
    std::string stage = ui.text.tr(row.stage_key);
    if (row.ended_early) stage += std::string{" ("} + ui.text.tr("staff.board.ended_early") + ")";
    coloured_text(row.overdue ? theme.danger : theme.primary, ui.fonts.body_bold, stage);
    ImGui::SameLine(0.0F, em(1.0F));
    coloured_text(theme.text_muted, ui.fonts.body, ui.text.tr("staff.board.worker") + std::string{" "} + row.worker_name);
    std::string windows = ui.text.tr("staff.board.arrivals");
    for (const auto& w : row.windows) windows += std::string{"  "} + ui.text.tr(w.party_key) + " " + w.from_hhmm + "\xE2\x80\x93" + w.until_hhmm;
    coloured_text(theme.text, ui.fonts.body, windows);
    // Allergies and medical needs stand out: they are why this board exists on the staff side.
    if (!row.allergies.empty()) {
        coloured_text(theme.danger, ui.fonts.body_bold, ui.text.tr("staff.board.allergies") + std::string{" "} + row.allergies);
    }
    if (!row.medical.empty()) {
        coloured_text(theme.danger, ui.fonts.body_bold, ui.text.tr("staff.board.medical") + std::string{" "} + row.medical);
    }
    if (!row.needs.empty()) {
        coloured_text(theme.warning, ui.fonts.body, ui.text.tr("staff.board.needs") + std::string{" "} + row.needs);
    }
    if (!row.from_placement.empty()) {
        coloured_text(theme.text_muted, ui.fonts.body, ui.text.tr("staff.board.from_placement") + std::string{" "} + row.from_placement);
    }
    // Siblings, a call or the community, who supervises, the family's language (issue #16),
    // wrapped short of the Open button.
    draw_contact_lines(row, ui, top_left.x - ImGui::GetWindowPos().x + width - em(7.0F) - em(2.2F));
    for (const auto& alert : row.alerts) {
        const BoardIntent asked = draw_alert(alert, ui);
        if (!std::holds_alternative<std::monostate>(asked)) intent = asked;
    }
    ImGui::EndGroup();
    ImGui::EndGroup();

    // The way in: a big button at the right of the card.
    const float open_w = em(7.0F);
    const float card_bottom = ImGui::GetItemRectMax().y + em(0.5F);
    ImGui::SetCursorScreenPos(ImVec2{top_left.x + width - open_w - em(1.4F),
                                     top_left.y + (card_bottom - top_left.y - touch_target_height()) * 0.5F});
    const std::string id = "open_" + std::to_string(row.session_id);
    if (touch_button(ui, {.id = id, .label = ui.text.tr("staff.board.open"), .kind = ButtonKind::Primary,
                          .font = ui.fonts.large, .size = {open_w, 0.0F}, .raised = false})) {
        intent = OpenSession{row.session_id};
    }

    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(ImVec2{top_left.x + em(0.8F), top_left.y},
                        ImVec2{top_left.x + width - em(0.8F), card_bottom}, to_u32(theme.surface),
                        ImGui::GetStyle().ChildRounding);
    if (!row.alerts.empty() || row.overdue) {
        draw->AddRectFilled(ImVec2{top_left.x + em(0.8F), top_left.y},
                            ImVec2{top_left.x + em(1.1F), card_bottom}, to_u32(theme.danger));
    }
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2{top_left.x, card_bottom + em(0.5F)});
    ImGui::Dummy(ImVec2{0.0F, 0.0F});
    return intent;
}

}  // namespace

BoardIntent draw_board_screen(const BoardView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    BoardIntent intent;
    begin_screen("staff/board", theme);
    const StaffHeaderResult header =
        staff_header(ui, {.title = ui.text.tr("staff.board.title"), .worker_name = view.worker_name,
                          .clock_hhmm = view.clock_hhmm, .back_label = nullptr},
                     sync_status_line(ui.text, view.unsent, view.last_sync_hhmm));
    if (header.lock) intent = LockStaffFace{};

    ImGui::SetCursorPos(ImVec2{em(1.0F), header.height + em(0.6F)});
    ImGui::BeginGroup();
    // Records owed: on the board every time a worker looks at it.
    if (view.due_count > 0) {
        const std::string due = std::to_string(view.due_count) + " " + ui.text.tr("staff.board.records_due") + "  \xC2\xB7  " +
                                std::to_string(view.overdue_count) + " " + ui.text.tr("staff.board.overdue");
        if (touch_button(ui, {.id = "due_list", .label = ui.text.tr("staff.board.see_due"), .kind = ButtonKind::Secondary,
                              .font = ui.fonts.body_bold, .size = {0.0F, 0.0F}, .raised = false})) {
            intent = ShowDueList{};
        }
        ImGui::SameLine(0.0F, em(0.8F));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (touch_target_height() - ui.fonts.large->FontSize) * 0.5F);
        coloured_text(view.overdue_count > 0 ? theme.danger : theme.warning, ui.fonts.large, due);
    }
    // Letterbox items waiting for a check: the way in shows only when there are some.
    if (view.letters_waiting > 0) {
        const std::string label = fill(ui.text.tr("staff.board.letters_to_check"),
                                       {{"count", std::to_string(view.letters_waiting)}});
        if (touch_button(ui, {.id = "letters_to_check", .label = label.c_str(), .kind = ButtonKind::Secondary,
                              .font = ui.fonts.body_bold, .size = {0.0F, 0.0F}, .raised = false})) {
            intent = ShowLettersToCheck{};
        }
    }
    for (const auto& alert : view.venue_alerts) {
        const BoardIntent asked = draw_alert(alert, ui);
        if (!std::holds_alternative<std::monostate>(asked)) intent = asked;
    }
    staff_problem(ui, view.message);
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});

    ImGui::SetCursorPosX(0.0F);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.background);
    begin_scroll_area("sessions", ImVec2{0.0F, 0.0F});
    const float width = ImGui::GetContentRegionAvail().x;
    if (view.rows.empty()) staff_hint(ui, ui.text.tr("staff.board.no_sessions"));
    for (const auto& row : view.rows) {
        const BoardIntent asked = draw_row(row, ui, width);
        if (!std::holds_alternative<std::monostate>(asked)) intent = asked;
    }
    end_scroll_area();
    ImGui::PopStyleColor();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
