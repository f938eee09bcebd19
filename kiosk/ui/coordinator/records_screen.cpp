#include "kiosk/ui/coordinator/records_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/coordinator/row_button.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

RecordsSearchIntent draw_records_screen(const RecordsSearchView& view, RecordsSearchDraft& d, const UiResources& ui) {
    RecordsSearchIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/records", ui.text.tr("coord.records.title"), view.frame, ui)) {
        intent = *tab;
    }
    // The two fields and Find flow side by side where they fit; Find sits level with the boxes.
    text_field(ui, "##child", ui.text.tr("coord.records.child"), d.child, {}, 12.0F);
    next_on_row_if_fits(em(9.0F));
    text_field(ui, "##day", ui.text.tr("coord.records.day"), d.day, {}, 9.0F);
    const TouchButton find{.id = "find_records", .label = ui.text.tr("coord.records.find"), .font = ui.fonts.body_bold};
    next_on_row_if_fits(touch_button_size(ui, find).x);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2{0.0F, ImGui::GetTextLineHeight()});  // the fields' label line
    if (touch_button(ui, find)) intent = FindRecords{};
    ImGui::EndGroup();
    muted_text(ui, ui.text.tr("coord.records.hint"));
    if (!view.rows.empty()) muted_text(ui, ui.text.tr("coord.record.open_hint"));
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!view.rows.empty() && ImGui::BeginTable("found", 4, flags)) {
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.child"), ImGuiTableColumnFlags_WidthFixed, em(7.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.session"), ImGuiTableColumnFlags_WidthFixed, em(9.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.author"), ImGuiTableColumnFlags_WidthFixed, em(6.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.records.state"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
        ImGui::TableHeadersRow();
        ImGui::PopStyleColor();
        for (const auto& row : view.rows) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, em(2.2F));
            ImGui::TableNextColumn();
            if (row_button("open_record_" + std::to_string(row.record_id), row.child + " " + row.session, em(2.0F))) {
                intent = OpenFoundRecord{row.record_id};
            }
            ImGui::PushFont(ui.fonts.body_bold);
            ImGui::TextUnformatted(row.child.c_str());
            ImGui::PopFont();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.session.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.author.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.state.c_str());
        }
        ImGui::EndTable();
    }
    if (view.searched && view.rows.empty() && view.problem.empty()) muted_text(ui, ui.text.tr("coord.records.none"));
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
