#include "kiosk/ui/staff/due_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {

DueIntent draw_due_screen(const DueView& view, const UiResources& ui) {
    const Theme& theme = *ui.theme;
    DueIntent intent;
    begin_screen("staff/due", theme);
    const StaffHeaderResult header =
        staff_header(ui, {.title = ui.text.tr("staff.due.title"), .worker_name = view.worker_name,
                          .clock_hhmm = view.clock_hhmm, .back_label = ui.text.tr("staff.common.board")});
    if (header.back) intent = BackToBoard{};
    if (header.lock) intent = LockStaffFace{};

    ImGui::SetCursorPos(ImVec2{0.0F, header.height});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2{em(1.5F), em(0.8F)});
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.background);
    begin_scroll_area("due", ImVec2{0.0F, 0.0F}, ImGuiWindowFlags_AlwaysUseWindowPadding);
    if (view.lines.empty()) staff_hint(ui, ui.text.tr("staff.due.none"));
    if (!view.lines.empty() && ImGui::BeginTable("due_table", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(ui.text.tr("staff.due.child"), ImGuiTableColumnFlags_WidthStretch, 1.0F);
        ImGui::TableSetupColumn(ui.text.tr("staff.due.session"), ImGuiTableColumnFlags_WidthStretch, 1.0F);
        ImGui::TableSetupColumn(ui.text.tr("staff.due.worker"), ImGuiTableColumnFlags_WidthStretch, 0.8F);
        // The due time and its status ("OVERDUE") must never be cut.
        ImGui::TableSetupColumn(ui.text.tr("staff.due.due_by"), ImGuiTableColumnFlags_WidthStretch, 1.8F);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(8.0F));
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TableHeadersRow();
        ImGui::PopFont();
        for (const auto& line : view.lines) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, touch_target_height() + em(0.4F));
            const float text_pad = (touch_target_height() - ui.fonts.body->FontSize) * 0.5F;
            auto cell = [&](const std::string& text, const ImVec4& colour, ImFont* font) {
                ImGui::TableNextColumn();
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() + text_pad);
                ImGui::PushFont(font);
                ImGui::PushStyleColor(ImGuiCol_Text, colour);
                ImGui::TextUnformatted(text.c_str());
                ImGui::PopStyleColor();
                ImGui::PopFont();
            };
            cell(line.child_first_name, theme.text, ui.fonts.body_bold);
            cell(line.session_when, theme.text, ui.fonts.body);
            cell(line.worker_name, theme.text, ui.fonts.body);
            cell(line.due_when + "  \xC2\xB7  " + ui.text.tr(line.status_key),
                 line.overdue ? theme.danger : theme.text, line.overdue ? ui.fonts.body_bold : ui.fonts.body);
            ImGui::TableNextColumn();
            if (line.mine) {
                const std::string id = "write_" + std::to_string(line.session_id);
                if (touch_button(ui, {.id = id, .label = ui.text.tr("staff.due.write"), .kind = ButtonKind::Primary,
                                      .font = ui.fonts.body_bold, .size = {em(7.5F), 0.0F}, .raised = false})) {
                    intent = OpenDueRecord{line.session_id};
                }
            }
        }
        ImGui::EndTable();
    }
    end_scroll_area();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
