#include "kiosk/ui/coordinator/agreement_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/text_fill.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
void check_list(const UiResources& ui, const char* id, const std::vector<std::string>& labels, std::vector<bool>& values) {
    values.resize(labels.size());
    ImGui::PushID(id);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        bool value = values[i];
        if (check_box(ui, labels[i].c_str(), value)) values[i] = value;
    }
    ImGui::PopID();
}

// Issue #16: where contact happens (a call's platform and who starts it, a place in the
// community) and who supervises it.
void how_contact_happens(const AgreementEditorView& view, AgreementDraft& d, const UiResources& ui) {
    section_heading(ui, ui.text.tr("coord.agreement.contact_mode"));
    if (int i = choice_row(ui, "contact_mode", view.mode_labels, d.contact_mode); i >= 0) d.contact_mode = i;
    if (d.chosen_mode() == core::ContactMode::Virtual) {
        ImGui::TextUnformatted(ui.text.tr("coord.agreement.platform"));
        if (int i = choice_row(ui, "platform", view.platform_labels, d.platform); i >= 0) d.platform = i;
        ImGui::TextUnformatted(ui.text.tr("coord.agreement.call_starter"));
        if (int i = choice_row(ui, "call_starter", view.starter_labels, d.call_starter); i >= 0) d.call_starter = i;
    } else if (d.chosen_mode() == core::ContactMode::Community) {
        text_field(ui, "##place", ui.text.tr("coord.agreement.place"), d.place);
    }
    section_heading(ui, ui.text.tr("coord.agreement.supervised_by"));
    if (int i = choice_row(ui, "supervised_by", view.supervised_by_labels, d.supervised_by); i >= 0) d.supervised_by = i;
    if (d.chosen_supervisor() == core::SupervisedBy::ConsistentAdult) text_field(ui, "##supervisor", ui.text.tr("coord.agreement.supervisor_name"), d.supervisor_name);
}

// Brothers and sisters who come too: ticked from the children with the same parent recorded,
// each with their own carer's arrival window.
void siblings(const AgreementEditorView& view, AgreementDraft& d, const UiResources& ui) {
    if (view.sibling_labels.empty()) return;
    section_heading(ui, ui.text.tr("coord.agreement.siblings"));
    d.siblings.resize(view.sibling_labels.size());
    d.sibling_from.resize(view.sibling_labels.size(), 25);
    d.sibling_until.resize(view.sibling_labels.size(), 10);
    for (std::size_t i = 0; i < view.sibling_labels.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        bool ticked = d.siblings[i];
        if (check_box(ui, view.sibling_labels[i].c_str(), ticked)) d.siblings[i] = ticked;
        if (d.siblings[i]) {
            muted_text(ui, view.sibling_carer_label);
            number_field(ui, "##sibling_from", ui.text.tr("coord.agreement.from_before"), d.sibling_from[i], 5);
            next_on_row_if_fits(number_field_width(ui));
            number_field(ui, "##sibling_until", ui.text.tr("coord.agreement.until_before"), d.sibling_until[i], 5);
        }
        ImGui::PopID();
    }
}

void arrangements(const AgreementEditorView& view, AgreementDraft& d, const UiResources& ui) {
    section_heading(ui, ui.text.tr("coord.agreement.how_often"));
    if (int i = choice_row(ui, "frequency", view.frequency_labels, d.frequency); i >= 0) d.frequency = i;
    if (d.chosen_frequency() == core::Frequency::Custom) number_field(ui, "##custom_days", ui.text.tr("coord.agreement.custom_days"), d.custom_days);
    // The numbers flow: side by side where the column is wide enough, one under another where not.
    number_field(ui, "##minutes", ui.text.tr("coord.agreement.minutes"), d.minutes, 5);
    next_on_row_if_fits(number_field_width(ui));
    number_field(ui, "##grace", ui.text.tr("coord.agreement.grace"), d.grace, 5);
    next_on_row_if_fits(em(8.0F));
    text_field(ui, "##review", ui.text.tr("coord.agreement.review"), d.review_date, {}, 8.0F);
    section_heading(ui, ui.text.tr("coord.agreement.room"));
    if (int i = choice_row(ui, "room", view.room_labels, d.room); i >= 0) d.room = i;
    section_heading(ui, ui.text.tr("coord.agreement.level"));
    if (int i = choice_row(ui, "level", view.level_labels, d.level); i >= 0) d.level = i;
    section_heading(ui, ui.text.tr("coord.agreement.records"));
    if (int i = choice_row(ui, "timescale", view.timescale_labels, d.timescale_kind); i >= 0) d.timescale_kind = i;
    if (d.chosen_timescale() == core::TimescaleKind::Hours) {
        number_field(ui, "##hours", ui.text.tr("coord.agreement.hours"), d.timescale_hours);
    } else {
        number_field(ui, "##days", ui.text.tr("coord.agreement.working_days"), d.working_days);
    }
}

// The rules: the library's, ticked; then the coordinator's own, each with the languages it
// has been translated into; then a form for another one, with a field per other language.
AgreementEditorIntent rules(const AgreementEditorView& view, AgreementDraft& d, const UiResources& ui) {
    AgreementEditorIntent intent;
    section_heading(ui, ui.text.tr("coord.agreement.rules"));
    muted_text(ui, ui.text.tr("coord.agreement.library"));
    check_list(ui, "rules", view.rule_labels, d.library_rules);

    section_heading(ui, ui.text.tr("coord.agreement.own_rules"));
    for (std::size_t i = 0; i < d.own_rules.size(); ++i) {
        const auto& rule = d.own_rules[i];
        ImGui::PushID(static_cast<int>(i));
        coloured_text(ui.theme->text, rule.text);
        std::string also;
        for (const auto& language : view.other_languages) {
            if (rule.language == language.code) continue;
            const auto found = rule.translations.find(language.code);
            if (found != rule.translations.end() && !found->second.empty()) also += (also.empty() ? "" : ", ") + language.name;
        }
        muted_text(ui, also.empty() ? std::string{ui.text.tr("coord.agreement.not_translated")}
                                    : fill(ui.text.tr("coord.agreement.translated_into"), {{"languages", also}}));
        if (touch_button(ui, {.id = "remove_rule", .label = ui.text.tr("coord.agreement.remove_own_rule"),
                              .kind = ButtonKind::Secondary, .font = ui.fonts.body})) {
            intent = RemoveOwnRule{i};
        }
        ImGui::PopID();
    }
    text_area(ui, "##new_rule",
              fill(ui.text.tr("coord.agreement.own_rule_new"), {{"language", view.own_language.name}}).c_str(), d.new_rule,
              {}, 2.5F);
    for (const auto& language : view.other_languages) {
        const std::string id = "##new_rule_" + language.code;
        text_area(ui, id.c_str(),
                  fill(ui.text.tr("coord.agreement.own_rule_translation"), {{"language", language.name}}).c_str(),
                  d.new_translations[language.code], {}, 2.5F);
    }
    if (touch_button(ui, {.id = "add_rule", .label = ui.text.tr("coord.agreement.add_own_rule"),
                          .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold})) {
        intent = AddOwnRule{};
    }
    return intent;
}

void arrivals(const AgreementEditorView& view, AgreementDraft& d, const UiResources& ui) {
    section_heading(ui, ui.text.tr("coord.agreement.arrivals"));
    // Each party's window: its name, then its two numbers side by side where they fit.
    const auto party = [&](const std::string& name, const char* id, int& from, int& until) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted(name.c_str());
        ImGui::PopFont();
        ImGui::PushID(id);
        number_field(ui, "##from", ui.text.tr("coord.agreement.from_before"), from, 5);
        next_on_row_if_fits(number_field_width(ui));
        number_field(ui, "##until", ui.text.tr("coord.agreement.until_before"), until, 5);
        ImGui::PopID();
    };
    party(view.party_labels[0], "family", d.family_from, d.family_until);
    party(view.party_labels[1], "carer", d.carer_from, d.carer_until);
    ImGui::TextUnformatted(ui.text.tr("coord.agreement.leaves_first"));
    if (int i = choice_row(ui, "leaves_first", view.party_labels, d.leaves_first); i >= 0) d.leaves_first = i;
    number_field(ui, "##gap", ui.text.tr("coord.agreement.gap"), d.leave_gap, 5);
}
}  // namespace

AgreementEditorIntent draw_agreement_editor_screen(const AgreementEditorView& view, AgreementDraft& d, const UiResources& ui) {
    AgreementEditorIntent intent;
    const std::string title = std::string(ui.text.tr("coord.agreement.title")) + " — " + view.child;
    if (auto tab = begin_coordinator_screen("coordinator/agreement", title.c_str(), view.frame, ui)) intent = *tab;
    muted_text(ui, view.version_text);

    const float footer = touch_target_height() + em(1.0F) + (view.problems.empty() && view.saved.empty() ? 0.0F : em(1.4F));
    begin_scroll_area("form", ImVec2{0.0F, ImGui::GetContentRegionAvail().y - footer});
    if (ImGui::BeginTable("columns", 2)) {
        ImGui::TableNextColumn();
        section_heading(ui, ui.text.tr("coord.agreement.who"));
        check_list(ui, "attendees", view.attendee_labels, d.attendees);
        siblings(view, d, ui);
        how_contact_happens(view, d, ui);
        arrangements(view, d, ui);
        ImGui::TableNextColumn();
        if (auto asked = rules(view, d, ui); !std::holds_alternative<std::monostate>(asked)) intent = asked;
        arrivals(view, d, ui);
        ImGui::EndTable();
    }
    end_scroll_area();

    std::string problems;
    for (const auto& p : view.problems) problems += (problems.empty() ? "" : " ") + p;
    if (!problems.empty()) coloured_text(ui.theme->danger, problems);
    if (!view.saved.empty()) coloured_text(ui.theme->success, view.saved);
    if (touch_button(ui, {.id = "save_version", .label = ui.text.tr("coord.agreement.save"), .font = ui.fonts.body_bold})) {
        intent = SaveAgreementVersion{};
    }
    ImGui::SameLine();
    if (touch_button(ui, {.id = "export", .label = ui.text.tr("coord.agreement.export"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold})) {
        intent = ExportAgreement{};
    }
    ImGui::SameLine();
    if (touch_button(ui, {.id = "back", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold})) {
        intent = BackFromAgreement{};
    }
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
