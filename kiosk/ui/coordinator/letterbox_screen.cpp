#include "kiosk/ui/coordinator/letterbox_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/coordinator/row_button.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {

void problems_and_done(const LetterboxView& view, const UiResources& ui) {
    for (const auto& p : view.problems) coloured_text(ui.theme->danger, p);
    if (!view.done.empty()) coloured_text(ui.theme->success, view.done);
}

LetterboxIntent lists(const LetterboxView& view, const UiResources& ui) {
    LetterboxIntent intent;
    if (touch_button(ui, {.id = "start_log", .label = ui.text.tr("coord.letterbox.log_item"), .kind = ButtonKind::Primary,
                          .font = ui.fonts.body_bold})) {
        intent = StartLogItem{};
    }
    const TouchButton add{.id = "start_arrangement", .label = ui.text.tr("coord.letterbox.new_arrangement"),
                          .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold};
    next_on_row_if_fits(touch_button_size(ui, add).x);
    if (touch_button(ui, add)) intent = StartArrangement{};

    section_heading(ui, ui.text.tr("coord.letterbox.waiting"));
    if (view.waiting.empty()) muted_text(ui, ui.text.tr("coord.letterbox.none_waiting"));
    const float row_h = ImGui::GetTextLineHeightWithSpacing() * 2.0F + em(0.4F);
    for (const auto& row : view.waiting) {
        ImGui::PushID(static_cast<int>(row.item_id));
        if (row_button("waiting_" + std::to_string(row.item_id), row.line, row_h)) intent = OpenLetterboxItem{row.item_id};
        ImGui::BeginGroup();
        ImGui::PushFont(ui.fonts.body_bold);
        coloured_text(ui.theme->text, row.line);
        ImGui::PopFont();
        muted_text(ui, row.received);
        ImGui::EndGroup();
        ImGui::PopID();
        ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    }
    section_heading(ui, ui.text.tr("coord.letterbox.arrangements"));
    if (view.arrangements.empty()) muted_text(ui, ui.text.tr("coord.letterbox.no_arrangements"));
    for (const auto& row : view.arrangements) {
        ImGui::PushID(static_cast<int>(row.id));
        if (row_button("arrangement_" + std::to_string(row.id), row.line, row_h)) intent = OpenArrangement{row.id};
        ImGui::BeginGroup();
        ImGui::PushFont(ui.fonts.body_bold);
        coloured_text(ui.theme->text, row.line);
        ImGui::PopFont();
        coloured_text(row.overdue ? ui.theme->danger : ui.theme->text_muted, row.next_due);
        ImGui::EndGroup();
        ImGui::PopID();
        ImGui::Dummy(ImVec2{0.0F, em(0.2F)});
    }
    return intent;
}

LetterboxIntent log_form(const LetterboxView& view, LetterboxDraft& d, const UiResources& ui) {
    LetterboxIntent intent;
    section_heading(ui, ui.text.tr("coord.letterbox.log_title"));
    muted_text(ui, ui.text.tr("coord.letterbox.which"));
    if (const int i = choice_row(ui, "log_arrangement", view.arrangement_labels, d.arrangement); i >= 0) d.arrangement = i;
    muted_text(ui, ui.text.tr("coord.letterbox.kind_label"));
    if (const int i = choice_row(ui, "log_kind", view.kind_labels, d.kind); i >= 0) d.kind = i;
    text_field(ui, "##from_whom", ui.text.tr("coord.letterbox.from_whom"), d.from_whom, {}, 16.0F);
    text_area(ui, "##description", ui.text.tr("coord.letterbox.description"), d.description, {}, 2.5F);
    text_field(ui, "##received_day", ui.text.tr("coord.letterbox.received_day"), d.received_day, {}, 8.0F);
    problems_and_done(view, ui);
    if (touch_button(ui, {.id = "save_item", .label = ui.text.tr("coord.letterbox.save_item"), .font = ui.fonts.body_bold})) {
        intent = SaveLetterboxItem{};
    }
    return intent;
}

LetterboxIntent check_form(const LetterboxView& view, LetterboxDraft& d, const UiResources& ui) {
    LetterboxIntent intent;
    section_heading(ui, ui.text.tr("coord.letterbox.check_title"));
    coloured_text(ui.theme->text, view.checking_summary);
    muted_text(ui, ui.text.tr("coord.letterbox.check_hint"));
    d.checks.resize(view.check_labels.size(), false);
    for (std::size_t i = 0; i < view.check_labels.size(); ++i) {
        bool on = d.checks[i];
        if (check_box(ui, view.check_labels[i].c_str(), on)) d.checks[i] = on;
    }
    text_area(ui, "##reason", ui.text.tr("coord.letterbox.reason"), d.reason, {}, 2.5F);
    problems_and_done(view, ui);
    if (touch_button(ui, {.id = "forward_item", .label = ui.text.tr("coord.letterbox.forward"), .font = ui.fonts.body_bold})) {
        intent = ForwardLetterboxItem{};
    }
    const TouchButton hold{.id = "hold_item", .label = ui.text.tr("coord.letterbox.hold"), .kind = ButtonKind::Danger,
                           .font = ui.fonts.body_bold};
    next_on_row_if_fits(touch_button_size(ui, hold).x);
    if (touch_button(ui, hold)) intent = HoldLetterboxItem{};
    return intent;
}

LetterboxIntent arrangement_form(const LetterboxView& view, LetterboxDraft& d, const UiResources& ui) {
    LetterboxIntent intent;
    section_heading(ui, ui.text.tr(d.editing == 0 ? "coord.letterbox.new_arrangement" : "coord.letterbox.arrangement_title"));
    if (d.editing == 0) {
        text_field(ui, "##child_search", ui.text.tr("coord.letterbox.child"), d.child_search, {}, 12.0F);
        const TouchButton find{.id = "find_child", .label = ui.text.tr("coord.letterbox.find"), .kind = ButtonKind::Secondary,
                               .font = ui.fonts.body_bold};
        if (touch_button(ui, find)) intent = FindLetterboxChild{};
        for (const auto& [id, name] : view.child_matches) {
            const std::string button_id = "child_" + std::to_string(id);
            const TouchButton b{.id = button_id, .label = name.c_str(),
                                .kind = id == d.child ? ButtonKind::Chosen : ButtonKind::Secondary, .font = ui.fonts.body};
            next_on_row_if_fits(touch_button_size(ui, b).x);
            if (touch_button(ui, b)) intent = ChooseLetterboxChild{id};
        }
    }
    if (!view.chosen_child.empty()) {
        ImGui::PushFont(ui.fonts.body_bold);
        coloured_text(ui.theme->text, view.chosen_child);
        ImGui::PopFont();
    }
    if (const int i = choice_row(ui, "direction", view.direction_labels, d.direction); i >= 0) d.direction = i;
    text_field(ui, "##with_whom", ui.text.tr("coord.letterbox.with_whom"), d.with_whom, {}, 16.0F);
    number_field(ui, "##every_months", ui.text.tr("coord.letterbox.every_months"), d.every_months);
    text_field(ui, "##first_due", ui.text.tr("coord.letterbox.first_due"), d.first_due, {}, 8.0F);
    check_box(ui, ui.text.tr("coord.letterbox.active"), d.active);
    problems_and_done(view, ui);
    if (touch_button(ui, {.id = "save_arrangement", .label = ui.text.tr("coord.letterbox.save_arrangement"),
                          .font = ui.fonts.body_bold})) {
        intent = SaveArrangement{};
    }
    return intent;
}

}  // namespace

LetterboxIntent draw_letterbox_screen(const LetterboxView& view, LetterboxDraft& d, const UiResources& ui) {
    LetterboxIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/letterbox", ui.text.tr("coord.letterbox.title"), view.frame, ui)) {
        intent = *tab;
    }
    const auto keep = [&intent](LetterboxIntent next) {
        if (!std::holds_alternative<std::monostate>(next)) intent = next;
    };
    begin_scroll_area("letterbox_lists", ImVec2{em(19.0F), 0.0F});
    keep(lists(view, ui));
    end_scroll_area();
    ImGui::SameLine();
    begin_scroll_area("letterbox_form", ImVec2{0.0F, 0.0F});
    switch (d.form) {
        case LetterboxForm::LogItem: keep(log_form(view, d, ui)); break;
        case LetterboxForm::CheckItem: keep(check_form(view, d, ui)); break;
        case LetterboxForm::Arrangement: keep(arrangement_form(view, d, ui)); break;
    }
    end_scroll_area();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
