#include "kiosk/ui/coordinator/sync_screen.hpp"

#include <imgui.h>

#include <optional>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/coordinator/row_button.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {
namespace {
constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;

void draw_queued(const SyncView& view, const UiResources& ui) {
    section_heading(ui, ui.text.tr("coord.sync.to_send"));
    if (view.queued.empty()) {
        muted_text(ui, ui.text.tr("coord.sync.nothing_queued"));
        return;
    }
    if (ImGui::BeginTable("queued", 2, kTableFlags, ImVec2{em(18.0F), 0.0F})) {
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.kind_column"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.count_column"), ImGuiTableColumnFlags_WidthFixed, em(4.5F));
        ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
        ImGui::TableHeadersRow();
        ImGui::PopStyleColor();
        for (const auto& row : view.queued) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, em(1.4F));
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0F);  // a long kind wraps in its column
            ImGui::TextUnformatted(row.kind.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::PushFont(ui.fonts.body_bold);
            ImGui::Text("%lld", static_cast<long long>(row.count));
            ImGui::PopFont();
        }
        ImGui::EndTable();
    }
}

std::optional<core::Id> draw_records(const char* table_id, const char* heading, const char* note, const char* none,
                                     const std::vector<SyncRecordRow>& rows, ChipKind kind, const char* chip,
                                     const UiResources& ui) {
    std::optional<core::Id> opened;
    section_heading(ui, heading);
    if (rows.empty()) {
        muted_text(ui, none);
        return opened;
    }
    muted_text(ui, note);
    muted_text(ui, ui.text.tr("coord.record.open_hint"));
    if (ImGui::BeginTable(table_id, 4, kTableFlags)) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(7.4F));
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.child"), ImGuiTableColumnFlags_WidthFixed, em(7.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.session"), ImGuiTableColumnFlags_WidthFixed, em(9.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.author"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
        ImGui::TableHeadersRow();
        ImGui::PopStyleColor();
        for (const auto& row : rows) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, em(2.0F));
            ImGui::TableNextColumn();
            if (row_button(std::string(table_id) + "_open_" + std::to_string(row.record_id), std::string(chip) + " " + row.child,
                           em(1.8F))) {
                opened = row.record_id;
            }
            status_chip(ui, chip, kind);
            ImGui::TableNextColumn();
            ImGui::PushFont(ui.fonts.body_bold);
            ImGui::TextUnformatted(row.child.c_str());
            ImGui::PopFont();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.session.c_str());
            ImGui::TableNextColumn();
            if (row.needs_handover) {
                coloured_text(ui.theme->danger, row.author + " · " + ui.text.tr("coord.record.needs_handover"));
            } else {
                ImGui::TextUnformatted(row.author.c_str());
            }
        }
        ImGui::EndTable();
    }
    return opened;
}

bool draw_start(const SyncView& view, const UiResources& ui) {
    ImGui::Dummy(ImVec2{0.0F, em(0.4F)});
    ImGui::BeginDisabled(!view.can_start);
    // The large font where the column is wide enough, else the body's bold: the words show whole.
    const char* label = ui.text.tr("coord.sync.start");
    const float room = ImGui::GetContentRegionAvail().x - em(2.4F);
    const bool tapped = touch_button(ui, {.id = "start_sync", .label = label,
                                          .font = largest_font_fitting(label, room, {ui.fonts.large, ui.fonts.body_bold}),
                                          .raised = view.can_start});
    ImGui::EndDisabled();
    if (!view.cannot_start.empty()) muted_text(ui, view.cannot_start);
    return tapped && view.can_start;
}

void draw_progress(const SyncView& view, const UiResources& ui) {
    const SyncProgressView& p = view.progress;
    if (!p.running) return;
    section_heading(ui, p.step.c_str());
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ui.theme->primary);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ui.theme->surface);
    ImGui::ProgressBar(p.fraction, ImVec2{-1.0F, em(1.4F)}, p.count_line.c_str());
    ImGui::PopStyleColor(2);
    if (!p.pace_line.empty()) muted_text(ui, p.pace_line);
}

void draw_result(const SyncView& view, const UiResources& ui) {
    if (view.result.empty() && view.problem.empty()) return;
    section_heading(ui, ui.text.tr("coord.sync.result"));
    if (!view.result.empty()) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted(view.result.c_str());
        ImGui::PopFont();
    }
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    if (!view.problem_detail.empty()) muted_text(ui, view.problem_detail);
    if (!view.hub_line.empty()) ImGui::TextUnformatted(view.hub_line.c_str());
    if (!view.hub_problem.empty()) coloured_text(ui.theme->danger, view.hub_problem);
    if (view.rejections.empty()) return;
    muted_text(ui, ui.text.tr("coord.sync.rejections_note"));
    if (ImGui::BeginTable("rejections", 2, kTableFlags)) {
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.kind_column"), ImGuiTableColumnFlags_WidthFixed, em(9.0F));
        ImGui::TableSetupColumn(ui.text.tr("coord.sync.reason"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->text_muted);
        ImGui::TableHeadersRow();
        ImGui::PopStyleColor();
        for (const auto& row : view.rejections) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, em(1.8F));
            ImGui::TableNextColumn();
            status_chip(ui, row.kind, ChipKind::Danger);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", row.reason.c_str());
        }
        ImGui::EndTable();
    }
}
}  // namespace

SyncIntent draw_sync_screen(const SyncView& view, const UiResources& ui) {
    SyncIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/sync", ui.text.tr("coord.sync.title"), view.frame, ui)) {
        intent = *tab;
    }
    // Across the top: what will be sent on the left; the button, progress and result on the right.
    if (ImGui::BeginTable("top", 2, ImGuiTableFlags_None)) {
        ImGui::TableSetupColumn("queued", ImGuiTableColumnFlags_WidthFixed, em(19.0F));
        ImGui::TableSetupColumn("run", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        draw_queued(view, ui);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0F);
        if (draw_start(view, ui)) intent = StartSync{};
        draw_progress(view, ui);
        draw_result(view, ui);
        ImGui::PopTextWrapPos();
        ImGui::EndTable();
    }
    if (const auto id = draw_records("drafts", ui.text.tr("coord.sync.drafts"), ui.text.tr("coord.sync.drafts_note"),
                                     ui.text.tr("coord.sync.no_drafts"), view.drafts, ChipKind::Warning,
                                     ui.text.tr("coord.sync.draft"), ui)) {
        intent = OpenSyncRecord{*id};
    }
    if (const auto id = draw_records("unreviewed", ui.text.tr("coord.sync.unreviewed"), ui.text.tr("coord.sync.unreviewed_note"),
                                     ui.text.tr("coord.sync.no_unreviewed"), view.unreviewed, ChipKind::Neutral,
                                     ui.text.tr("coord.sync.not_reviewed"), ui)) {
        intent = OpenSyncRecord{*id};
    }
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
