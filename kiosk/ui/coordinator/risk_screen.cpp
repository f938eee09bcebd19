#include "kiosk/ui/coordinator/risk_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
// Two columns of check boxes, so ten factors fit without scrolling far.
void factor_columns(const UiResources& ui, const std::vector<std::string>& labels, std::vector<bool>& values) {
    values.resize(labels.size());
    if (ImGui::BeginTable("factors", 2)) {
        for (std::size_t i = 0; i < labels.size(); ++i) {
            ImGui::TableNextColumn();
            bool value = values[i];
            if (check_box(ui, labels[i].c_str(), value)) values[i] = value;
        }
        ImGui::EndTable();
    }
}
}  // namespace

RiskIntent draw_risk_screen(const RiskView& view, RiskDraft& draft, const UiResources& ui) {
    RiskIntent intent;
    const std::string title = std::string(ui.text.tr("coord.risk.title")) + " — " + view.child;
    if (auto tab = begin_coordinator_screen("coordinator/risk", title.c_str(), view.frame, ui)) intent = *tab;

    // The answer first: what the assessment recommends and what is chosen, always in view.
    ImGui::PushFont(ui.fonts.large);
    coloured_text(ui.theme->primary, view.recommendation);
    ImGui::PopFont();
    if (!view.step_down_prompt.empty()) coloured_text(ui.theme->success, view.step_down_prompt);
    ImGui::TextUnformatted(ui.text.tr("coord.risk.level"));
    if (int i = choice_row(ui, "level", view.level_labels, draft.chosen); i >= 0) draft.chosen = i;
    if (view.reason_needed) {
        text_area(ui, "##reason", ui.text.tr("coord.risk.reason"), draft.reason, {}, 2.2F);
    }

        const float footer = touch_target_height() + em(0.8F) + (view.problem.empty() && view.saved.empty() ? 0.0F : em(1.4F));
    begin_scroll_area("form", ImVec2{0.0F, ImGui::GetContentRegionAvail().y - footer});
    section_heading(ui, ui.text.tr("coord.risk.risks"));
    ImGui::PushID("risks");
    factor_columns(ui, view.risk_labels, draft.risks);
    ImGui::PopID();
    section_heading(ui, ui.text.tr("coord.risk.protective"));
    ImGui::PushID("protective");
    factor_columns(ui, view.protective_labels, draft.protective);
    ImGui::PopID();
    section_heading(ui, ui.text.tr("coord.risk.history"));
    if (int i = choice_row(ui, "history", view.history_labels, draft.history); i >= 0) draft.history = i;
    section_heading(ui, ui.text.tr("coord.risk.wishes"));
    if (int i = choice_row(ui, "wish", view.wish_labels, draft.wish); i >= 0) draft.wish = i;
    end_scroll_area();

    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    if (!view.saved.empty()) coloured_text(ui.theme->success, view.saved);
    if (touch_button(ui, {.id = "save_assessment", .label = ui.text.tr("coord.risk.save"), .font = ui.fonts.body_bold})) {
        intent = SaveAssessment{};
    }
    ImGui::SameLine();
    if (touch_button(ui, {.id = "back", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold})) {
        intent = BackToReferral{};
    }
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
