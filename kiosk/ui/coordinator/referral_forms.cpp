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
    if (touch_button(ui, {.id = "language_needs", .label = ui.text.tr("coord.language.button"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body})) {
        intent = ShowReferralForm{ReferralForm::Language};
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
    } else if (d.form == ReferralForm::Language) {
        // The family's language and whether an interpreter is needed (issue #16): the board shows
        // them to staff, and the lobby starts in the language when it has it.
        section_heading(ui, ui.text.tr("coord.language.title"));
        muted_text(ui, ui.text.tr("coord.language.note"));
        std::vector<std::string> labels{ui.text.tr("coord.language.not_recorded")};
        labels.insert(labels.end(), view.language_labels.begin(), view.language_labels.end());
        if (int i = choice_row(ui, "language", labels, d.language); i >= 0) d.language = i;
        check_box(ui, ui.text.tr("coord.language.interpreter"), d.interpreter);
    } else {
        section_heading(ui, ui.text.tr("coord.closure.title"));
        muted_text(ui, ui.text.tr("coord.closure.note"));
        text_area(ui, "##close_reason", ui.text.tr("coord.closure.reason"), d.close_reason, {}, 3.0F);
    }
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    const bool placing = d.form == ReferralForm::Placement;
    const bool language = d.form == ReferralForm::Language;
    const char* save_key = placing ? "coord.placement.save" : language ? "coord.language.save" : "coord.closure.save";
    if (touch_button(ui, {.id = "save_referral_form", .label = ui.text.tr(save_key),
                          .kind = placing || language ? ButtonKind::Primary : ButtonKind::Danger, .font = ui.fonts.body_bold})) {
        intent = placing ? ReferralsIntent{SavePlacement{}} : language ? ReferralsIntent{SaveLanguageNeeds{}} : ReferralsIntent{SaveClosure{}};
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
