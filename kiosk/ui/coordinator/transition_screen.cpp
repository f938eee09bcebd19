#include "kiosk/ui/coordinator/transition_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
// A row of role buttons, each on or off; a tap adds the role to `chosen` or takes it out.
void role_row(const UiResources& ui, std::string_view id, const std::vector<RoleChoice>& roles,
              std::vector<std::string>& chosen) {
    std::vector<std::string> labels;
    std::vector<bool> on;
    for (const auto& role : roles) {
        labels.push_back(role.label);
        on.push_back(std::find(chosen.begin(), chosen.end(), role.key) != chosen.end());
    }
    const int tapped = toggle_row(ui, id, labels, on);
    if (tapped < 0) return;
    const std::string& key = roles[static_cast<std::size_t>(tapped)].key;
    if (on[static_cast<std::size_t>(tapped)]) {
        std::erase(chosen, key);
    } else {
        chosen.push_back(key);
    }
}

TransitionIntent placement_list(const TransitionView& view, const TransitionDraft& d, const UiResources& ui) {
    TransitionIntent intent;
    for (const auto& row : view.placements) {
        if (touch_button(ui, {.id = "placement_" + std::to_string(row.id), .label = row.child.c_str(),
                              .kind = row.id == d.placement ? ButtonKind::Chosen : ButtonKind::Secondary,
                              .font = ui.fonts.body_bold, .size = {em(12.0F), 0.0F}})) {
            intent = SelectPlacement{row.id};
        }
        muted_text(ui, row.placed);
        coloured_text(row.call_urgent ? ui.theme->danger : ui.theme->text, row.call);
        coloured_text(row.icebreaker_urgent ? ui.theme->danger : ui.theme->text, row.icebreaker);
        ImGui::Dummy(ImVec2{0.0F, em(0.4F)});
    }
    if (view.placements.empty()) muted_text(ui, ui.text.tr("coord.transition.none"));
    return intent;
}

void comfort_call_form(const TransitionView& view, TransitionDraft& d, const UiResources& ui) {
    auto& p = d.call.plan;
    const bool notes_removed = !view.call_notes_removed.empty();
    if (notes_removed) muted_text(ui, view.call_notes_removed);
    ImGui::BeginDisabled(notes_removed);
    section_heading(ui, ui.text.tr("coord.transition.plan"));
    text_field(ui, "##connection", ui.text.tr("coord.transition.connection"), p.critical_connection);
    ImGui::TextUnformatted(ui.text.tr("coord.transition.platform"));
    if (int i = choice_row(ui, "platform", view.platform_labels, d.platform); i >= 0) d.platform = i;
    text_area(ui, "##child_says", ui.text.tr("coord.transition.child_says"), p.child_wants_to_say, {}, 2.0F);
    text_area(ui, "##family_says", ui.text.tr("coord.transition.family_says"), p.family_wants_to_say, {}, 2.0F);
    section_heading(ui, ui.text.tr("coord.transition.checklist"));
    text_field(ui, "##urgent", ui.text.tr("coord.transition.urgent"), p.urgent_needs, {}, 24.0F);
    text_field(ui, "##comfort", ui.text.tr("coord.transition.comfort"), p.comfort_item_and_routine, {}, 24.0F);
    text_field(ui, "##allergies", ui.text.tr("coord.transition.allergies"), p.allergies_and_medicines, {}, 24.0F);
    text_field(ui, "##formula", ui.text.tr("coord.transition.formula"), p.formula_or_baby_food, {}, 24.0F);
    text_field(ui, "##nap", ui.text.tr("coord.transition.nap"), p.nap_and_feeding, {}, 24.0F);
    section_heading(ui, ui.text.tr("coord.transition.record"));
    check_box(ui, ui.text.tr("coord.transition.held"), d.call.held);
    if (d.call.held) {
        coloured_text(ui.theme->text, ui.text.tr("coord.transition.participants"));
        role_row(ui, "participant", view.roles, d.call.participants);
        text_area(ui, "##how", ui.text.tr("coord.transition.how"), d.call.how_it_went, {}, 2.5F);
        check_box(ui, ui.text.tr("coord.transition.ended_early"), d.call.ended_early);
        if (d.call.ended_early) {
            text_area(ui, "##ended_reason", ui.text.tr("coord.transition.ended_reason"), d.call.ended_reason, {}, 2.0F);
            check_box(ui, ui.text.tr("coord.transition.ended_calmly"), d.call.ended_calmly);
        }
    }
    ImGui::EndDisabled();
}

void icebreaker_form(const TransitionView& view, TransitionDraft& d, const UiResources& ui) {
    auto& m = d.meeting;
    section_heading(ui, ui.text.tr("coord.transition.meeting"));
    if (int i = choice_row(ui, "meeting", view.meeting_labels, m.virtual_meeting ? 1 : 0); i >= 0) m.virtual_meeting = i == 1;
    check_box(ui, ui.text.tr("coord.transition.meeting_held"), m.held);
    coloured_text(ui.theme->text, ui.text.tr("coord.transition.facilitated_by"));
    role_row(ui, "facilitator", view.facilitators, m.facilitated_by);
    coloured_text(ui.theme->text, ui.text.tr("coord.transition.attended"));
    role_row(ui, "attended", view.roles, m.attended);
    text_field(ui, "##other_attendees", ui.text.tr("coord.transition.other_attendees"), m.other_attendees, {}, 24.0F);
    check_box(ui, ui.text.tr("coord.transition.child_took_part"), m.child_took_part);
    text_area(ui, "##routines", ui.text.tr("coord.transition.routines"), m.routines, {}, 2.5F);
    text_area(ui, "##needs", ui.text.tr("coord.transition.needs"), m.needs, {}, 2.5F);
    text_area(ui, "##culture", ui.text.tr("coord.transition.culture"), m.culture, {}, 2.5F);
}
}  // namespace

TransitionIntent draw_transition_screen(const TransitionView& view, TransitionDraft& d, const UiResources& ui) {
    TransitionIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/transition", ui.text.tr("coord.transition.title"), view.frame, ui)) {
        intent = *tab;
    }
    begin_scroll_area("placements", ImVec2{em(14.0F), 0.0F});
    if (auto picked = placement_list(view, d, ui); !std::holds_alternative<std::monostate>(picked)) intent = picked;
    end_scroll_area();
    ImGui::SameLine();
    begin_scroll_area("record", ImVec2{0.0F, 0.0F});
    if (d.placement != 0) {
        if (int i = choice_row(ui, "part", view.part_labels, d.part); i >= 0) d.part = i;
        const float footer = touch_target_height() + em(1.0F) + (view.problem.empty() && view.saved.empty() ? 0.0F : em(1.4F));
        begin_scroll_area("fields", ImVec2{0.0F, ImGui::GetContentRegionAvail().y - footer});
        if (d.chosen_part() == core::TransitionPart::ComfortCall) {
            comfort_call_form(view, d, ui);
        } else {
            icebreaker_form(view, d, ui);
        }
        end_scroll_area();
        if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
        if (!view.saved.empty()) coloured_text(ui.theme->success, view.saved);
        const char* save = ui.text.tr(d.chosen_part() == core::TransitionPart::ComfortCall ? "coord.transition.save_call" : "coord.transition.save_meeting");
        const bool read_only = d.chosen_part() == core::TransitionPart::ComfortCall && !view.call_notes_removed.empty();
        if (!read_only && touch_button(ui, {.id = "save_transition", .label = save, .font = ui.fonts.body_bold})) {
            intent = d.chosen_part() == core::TransitionPart::ComfortCall ? TransitionIntent{SaveComfortCall{}} : TransitionIntent{SaveIcebreaker{}};
        }
    }
    end_scroll_area();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
