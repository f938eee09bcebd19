#include "kiosk/ui/coordinator/referral_forms.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

ReferralsIntent referral_more_actions(const UiResources& ui) {
    ReferralsIntent intent;
    ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    if (touch_button(ui, {.id = "new_placement", .label = ui.text.tr("coord.placement.button"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body})) {
        intent = ShowReferralForm{ReferralForm::Placement};
    }
    ImGui::SameLine();
    if (touch_button(ui, {.id = "close_referral", .label = ui.text.tr("coord.closure.button"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body})) {
        intent = ShowReferralForm{ReferralForm::Close};
    }
    return intent;
}

ReferralsIntent referral_form(const ReferralsView& view, ReferralsDraft& d, const UiResources& ui) {
    ReferralsIntent intent;
    ImGui::PushFont(ui.fonts.large);
    ImGui::TextUnformatted(view.detail.child.c_str());
    ImGui::PopFont();
    if (d.form == ReferralForm::Placement) {
        section_heading(ui, ui.text.tr("coord.placement.title"));
        muted_text(ui, ui.text.tr("coord.placement.note"));
        if (ImGui::BeginTable("placed_at", 3)) {
            ImGui::TableNextColumn();
            text_field(ui, "##placed_date", ui.text.tr("coord.placement.date"), d.placed_date, {}, 6.5F);
            ImGui::TableNextColumn();
            number_field(ui, "##placed_hour", ui.text.tr("coord.schedule.hour"), d.placed_hour, 4.5F);
            ImGui::TableNextColumn();
            number_field(ui, "##placed_minute", ui.text.tr("coord.schedule.minute"), d.placed_minute, 4.5F);
            ImGui::EndTable();
        }
    } else {
        section_heading(ui, ui.text.tr("coord.closure.title"));
        muted_text(ui, ui.text.tr("coord.closure.note"));
        text_area(ui, "##close_reason", ui.text.tr("coord.closure.reason"), d.close_reason, {}, 3.0F);
    }
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    const bool placing = d.form == ReferralForm::Placement;
    if (touch_button(ui, {.id = "save_referral_form",
                          .label = ui.text.tr(placing ? "coord.placement.save" : "coord.closure.save"),
                          .kind = placing ? ButtonKind::Primary : ButtonKind::Danger, .font = ui.fonts.body_bold})) {
        intent = placing ? ReferralsIntent{SavePlacement{}} : ReferralsIntent{SaveClosure{}};
    }
    ImGui::SameLine();
    if (touch_button(ui, {.id = "close_referral_form", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold})) {
        intent = ShowReferralForm{ReferralForm::None};
    }
    return intent;
}

}  // namespace kiosk::ui
