#include "kiosk/ui/coordinator/record_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
void draw_record(const RecordPageView& view, const UiResources& ui) {
    ImGui::PushTextWrapPos(0.0F);
    if (!view.nobody_started.empty()) {
        muted_text(ui, view.nobody_started);
        ImGui::PopTextWrapPos();
        return;
    }
    if (!view.removed_note.empty()) muted_text(ui, view.removed_note);
    if (!view.handovers.empty()) {
        section_heading(ui, ui.text.tr("coord.record.handovers"));
        for (const auto& line : view.handovers) ImGui::TextUnformatted(line.c_str());
    }
    for (const auto& part : view.parts) {
        ImGui::Dummy(ImVec2{0.0F, em(0.3F)});
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted(part.title.c_str());
        ImGui::PopFont();
        if (!part.writers.empty()) {
            // "(Sam, then Jo)" beside the heading when it fits, else under it.
            next_on_row_if_fits(ImGui::CalcTextSize(part.writers.c_str()).x);
            muted_text(ui, part.writers);
        }
        if (part.text.empty()) {
            muted_text(ui, ui.text.tr("coord.record.not_written"));
        } else {
            ImGui::TextUnformatted(part.text.c_str());
        }
    }
    if (!view.timeline.empty()) {
        section_heading(ui, ui.text.tr("coord.record.timeline"));
        for (const auto& line : view.timeline) ImGui::TextUnformatted(line.c_str());
    }
    if (!view.addenda.empty()) {
        section_heading(ui, ui.text.tr("coord.record.addenda"));
        for (const auto& line : view.addenda) ImGui::TextUnformatted(line.c_str());
    }
    ImGui::PopTextWrapPos();
}

RecordPageIntent draw_actions(const RecordPageView& view, RecordPageDraft& d, const UiResources& ui) {
    RecordPageIntent intent;
    if (touch_button(ui, {.id = "back_from_record", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold})) {
        intent = BackFromRecord{};
    }
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    if (!view.done.empty()) coloured_text(ui.theme->success, view.done);
    if (view.can_review) {
        section_heading(ui, ui.text.tr("coord.record.review_title"));
        muted_text(ui, ui.text.tr("coord.record.review_note"));
        if (touch_button(ui, {.id = "mark_reviewed", .label = ui.text.tr("coord.record.mark_reviewed"), .font = ui.fonts.body_bold})) {
            intent = MarkRecordReviewed{};
        }
    }
    if (view.can_add_addendum) {
        section_heading(ui, ui.text.tr("coord.record.addendum_title"));
        text_area(ui, "##addendum", ui.text.tr("coord.record.addendum"), d.addendum, {}, 3.0F);
        if (touch_button(ui, {.id = "add_addendum", .label = ui.text.tr("coord.record.add_addendum"),
                              .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold})) {
            intent = AddRecordAddendum{};
        }
    }
    if (view.can_hand_over) {
        section_heading(ui, ui.text.tr("coord.record.hand_over_title"));
        muted_text(ui, ui.text.tr("coord.record.hand_over_note"));
        if (int i = choice_row(ui, "hand_to", view.worker_labels, d.hand_to); i >= 0) d.hand_to = i;
        text_area(ui, "##reason", ui.text.tr("coord.record.hand_over_reason"), d.reason, {}, 2.0F);
        if (touch_button(ui, {.id = "hand_over", .label = ui.text.tr("coord.record.hand_over"), .font = ui.fonts.body_bold})) {
            intent = HandOverDraft{};
        }
    }
    return intent;
}
}  // namespace

RecordPageIntent draw_record_page(const RecordPageView& view, RecordPageDraft& d, const UiResources& ui) {
    RecordPageIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/record", view.heading.c_str(), view.frame, ui)) intent = *tab;
    coloured_text(view.draft ? ui.theme->warning : ui.theme->text_muted, view.state_line);
    // The record on the left, what can be done with it on the right; each scrolls by finger.
    begin_scroll_area("record_text", ImVec2{ImGui::GetContentRegionAvail().x - em(18.0F), 0.0F});
    draw_record(view, ui);
    end_scroll_area();
    ImGui::SameLine();
    begin_scroll_area("record_actions", ImVec2{0.0F, 0.0F});
    if (auto action = draw_actions(view, d, ui); !std::holds_alternative<std::monostate>(action)) intent = action;
    end_scroll_area();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
