#include "kiosk/ui/coordinator/deadlines_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/coordinator/row_button.hpp"

namespace kiosk::ui {

DeadlinesIntent draw_deadlines_screen(const DeadlinesView& view, const UiResources& ui) {
    DeadlinesIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/deadlines", ui.text.tr("coord.deadlines.title"), view.frame, ui)) {
        intent = *tab;
    }
    ImGui::PushFont(ui.fonts.large);
    ImGui::TextUnformatted(view.summary.c_str());
    ImGui::PopFont();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    muted_text(ui, ui.text.tr("coord.record.open_hint"));
    if (ImGui::BeginTable("deadlines", 5, flags)) {
        ImGui::TableSetupColumn(ui.text.tr("coord.deadlines.state"), ImGuiTableColumnFlags_WidthFixed, em(6.2F));
        ImGui::TableSetupColumn(ui.text.tr("coord.deadlines.what"), ImGuiTableColumnFlags_WidthFixed, em(10.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.deadlines.child"), ImGuiTableColumnFlags_WidthFixed, em(5.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.deadlines.due"), ImGuiTableColumnFlags_WidthFixed, em(7.6F));
        ImGui::TableSetupColumn(ui.text.tr("coord.deadlines.owner"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
        ImGui::TableHeadersRow();
        ImGui::PopStyleColor();
        for (std::size_t i = 0; i < view.rows.size(); ++i) {
            const auto& row = view.rows[i];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, em(2.2F));
            ImGui::TableNextColumn();
            if (row_button("open_deadline_" + std::to_string(i), row.what + " " + row.child, em(2.0F))) intent = OpenDeadline{i};
            status_chip(ui, row.state,
                        row.urgency == DeadlineUrgency::Overdue    ? ChipKind::Danger
                        : row.urgency == DeadlineUrgency::DueToday ? ChipKind::Warning
                                                                   : ChipKind::Neutral);
            ImGui::TableNextColumn();
            ImGui::PushFont(ui.fonts.body_bold);
            ImGui::PushTextWrapPos(0.0F);  // a long kind wraps in its column
            ImGui::TextUnformatted(row.what.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopFont();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.child.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.due.c_str());
            ImGui::TableNextColumn();
            if (row.needs_handover) {
                coloured_text(ui.theme->danger, row.owner);
            } else {
                ImGui::TextUnformatted(row.owner.c_str());
            }
        }
        ImGui::EndTable();
    }
    if (view.rows.empty()) muted_text(ui, ui.text.tr("coord.deadlines.none"));
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
