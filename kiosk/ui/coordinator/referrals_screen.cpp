#include "kiosk/ui/coordinator/referrals_screen.hpp"

#include <imgui.h>

#include <array>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/coordinator/referral_forms.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
ChipKind chip_for(core::ReferralStatus stage) {
    switch (stage) {
        case core::ReferralStatus::New: return ChipKind::Danger;  // nobody has looked yet
        case core::ReferralStatus::InProgress: return ChipKind::Warning;
        case core::ReferralStatus::Agreed: return ChipKind::Success;
        case core::ReferralStatus::Closed: return ChipKind::Neutral;
    }
    return ChipKind::Neutral;
}

ReferralsIntent draw_list(const ReferralsView& view, const UiResources& ui) {
    ReferralsIntent intent;
    for (const auto& row : view.rows) {
        const std::string id = "referral_" + std::to_string(row.id);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2{0.0F, 0.5F});
        if (touch_button(ui, {.id = id,
                              .label = row.child.c_str(),
                              .kind = row.id == view.selected ? ButtonKind::Chosen : ButtonKind::Secondary,
                              .font = ui.fonts.body_bold,
                              .size = {em(11.0F), 0.0F},
                              .raised = false})) {
            intent = SelectReferral{row.id};
        }
        ImGui::PopStyleVar();
        ImGui::SameLine();
        const float top = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(top + em(0.55F));
        status_chip(ui, row.status, chip_for(row.stage));
        muted_text(ui, row.received + " · " + row.social_worker);
        ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    }
    if (view.rows.empty()) muted_text(ui, ui.text.tr("coord.referrals.none"));
    return intent;
}

// The case's facts the coordinator reads: the family and the social worker's notes.
void draw_case_notes(const ReferralDetail& d, const UiResources& ui) {
    section_heading(ui, ui.text.tr("coord.referrals.family"));
    for (const auto& person : d.family) ImGui::TextUnformatted(person.c_str());
    section_heading(ui, ui.text.tr("coord.referrals.notes"));
    muted_text(ui, d.social_worker);
    ImGui::PushTextWrapPos(0.0F);
    ImGui::TextUnformatted(d.notes.c_str());
    ImGui::PopTextWrapPos();
}

// The child, any safeguarding concern, where the case stands, and the steps to take, above the
// notes, so every action is on screen without scrolling at 1280x800 (below a concern or two).
ReferralsIntent draw_detail(const ReferralsView& view, const UiResources& ui) {
    ReferralsIntent intent;
    const auto& d = view.detail;
    ImGui::PushFont(ui.fonts.large);
    ImGui::TextUnformatted(d.child.c_str());
    ImGui::PopFont();
    if (!d.needs.empty()) coloured_text(ui.theme->warning, d.needs);
    if (!d.language.empty()) coloured_text(ui.theme->text, d.language);
    // A safeguarding concern comes first, whatever else the case holds.
    if (!d.concerns.empty()) {
        section_heading(ui, ui.text.tr("coord.referrals.concerns"));
        for (const auto& concern : d.concerns) coloured_text(ui.theme->danger, concern);
    }
    if (!d.assessment.empty()) coloured_text(ui.theme->success, d.assessment);
    if (!d.agreement.empty()) coloured_text(ui.theme->success, d.agreement);
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    if (!view.done.empty()) coloured_text(ui.theme->success, view.done);
    if (!d.closed.empty()) {
        muted_text(ui, d.closed);  // a closed referral has nothing left to do
        draw_case_notes(d, ui);
        return intent;
    }
    ImGui::Dummy(ImVec2{0.0F, em(0.4F)});
    const bool assessed = !d.assessment.empty();
    const bool agreed = !d.agreement.empty();
    const std::array<TouchButton, 3> actions{{
        {.id = "open_risk", .label = ui.text.tr("coord.referrals.assess"),
         .kind = assessed ? ButtonKind::Secondary : ButtonKind::Primary, .font = ui.fonts.body_bold},
        {.id = "open_agreement", .label = ui.text.tr("coord.referrals.agreement"),
         .kind = assessed && !agreed ? ButtonKind::Primary : ButtonKind::Secondary, .font = ui.fonts.body_bold},
        {.id = "open_schedule", .label = ui.text.tr("coord.referrals.schedule"),
         .kind = agreed ? ButtonKind::Primary : ButtonKind::Secondary, .font = ui.fonts.body_bold},
    }};
    const ReferralsIntent results[] = {OpenRiskAssessment{}, OpenAgreement{}, OpenSchedule{}};
    for (std::size_t i = 0; i < actions.size(); ++i) {
        // The next step is the primary button; a button that would not fit goes on a new row.
        if (i > 0 && ImGui::GetItemRectMax().x + em(0.6F) + touch_button_size(ui, actions[i]).x <
                         ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
            ImGui::SameLine();
        }
        if (touch_button(ui, actions[i])) intent = results[i];
    }
    if (auto more = referral_more_actions(ui); !std::holds_alternative<std::monostate>(more)) intent = more;
    draw_case_notes(d, ui);
    return intent;
}
}  // namespace

ReferralsIntent draw_referrals_screen(const ReferralsView& view, ReferralsDraft& draft, const UiResources& ui) {
    ReferralsIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/referrals", ui.text.tr("coord.referrals.title"), view.frame, ui)) {
        intent = *tab;
    }
    begin_scroll_area("list", ImVec2{em(19.5F), 0.0F});
    if (auto picked = draw_list(view, ui); !std::holds_alternative<std::monostate>(picked)) intent = picked;
    end_scroll_area();
    ImGui::SameLine();
    begin_scroll_area("detail", ImVec2{0.0F, 0.0F});
    if (view.selected != 0) {
        auto action = draft.form == ReferralForm::None ? draw_detail(view, ui) : referral_form(view, draft, ui);
        if (!std::holds_alternative<std::monostate>(action)) intent = action;
    }
    end_scroll_area();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
