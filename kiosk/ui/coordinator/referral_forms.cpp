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
    const TouchButton close{.id = "close_referral", .label = ui.text.tr("coord.closure.button"), .kind = ButtonKind::Secondary,
                            .font = ui.fonts.body};
    if (ImGui::GetItemRectMax().x + em(0.6F) + touch_button_size(ui, close).x <
        ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
        ImGui::SameLine();
    }
    if (touch_button(ui, close)) {
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
        text_field(ui, "##placed_date", ui.text.tr("coord.placement.date"), d.placed_date, {}, 8.0F);
        next_on_row_if_fits(number_field_width(ui));
        // By five minutes: the time the child arrived, not a booking on the quarter hour.
        time_field(ui, "##placed_time", ui.text.tr("coord.placement.time"), d.placed_hour, d.placed_minute, 5);
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
    const TouchButton back{.id = "close_referral_form", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                           .font = ui.fonts.body_bold};
    // Beside the save button when it fits, else on its own line.
    if (ImGui::GetItemRectMax().x + em(0.6F) + touch_button_size(ui, back).x <
        ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
        ImGui::SameLine();
    }
    if (touch_button(ui, back)) {
        intent = ShowReferralForm{ReferralForm::None};
    }
    return intent;
}

}  // namespace kiosk::ui
