#include "kiosk/ui/staff/finalize_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/staff_body.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/text_field.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

namespace {

FinalizeIntent before_signing(const FinalizeView& view, const UiResources& ui, float width) {
    FinalizeIntent intent;
    if (view.checked && (!view.missing_title_keys.empty() || !view.missing_for_siblings.empty())) {
        staff_problem(ui, ui.text.tr("staff.finalize.missing"));
        for (const auto& key : view.missing_title_keys) {
            staff_problem(ui, std::string{"  \xE2\x80\xA2 "} + ui.text.tr(key));
        }
        for (const auto& [name, key] : view.missing_for_siblings) {
            staff_problem(ui, std::string{"  \xE2\x80\xA2 "} + name + " \xE2\x80\x94 " + ui.text.tr(key));
        }
    } else {
        staff_hint(ui, ui.text.tr("staff.finalize.explain"));
    }
    staff_heading(ui, ui.text.tr("staff.finalize.use_note_title"));
    staff_hint(ui, view.use_note.c_str());
    ImGui::Dummy(ImVec2{0.0F, em(0.6F)});
    const std::string sign = std::string{ui.text.tr("staff.finalize.sign_as")} + " " + view.worker_name;
    if (touch_button(ui, {.id = "sign", .label = sign.c_str(), .kind = ButtonKind::Primary, .font = ui.fonts.large,
                          .size = {width, 0.0F}, .raised = true})) {
        intent = SignAndFinalize{};
    }
    return intent;
}

FinalizeIntent after_signing(const FinalizeView& view, const UiResources& ui, float width) {
    FinalizeIntent intent;
    ImGui::PushFont(ui.fonts.large);
    ImGui::PushStyleColor(ImGuiCol_Text, ui.theme->success);
    ImGui::TextUnformatted((std::string{ui.text.tr("staff.finalize.signed_by")} + " " + view.signed_text).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (view.late_entry) staff_problem(ui, ui.text.tr("staff.finalize.late_entry"));
    if (view.reviewed) staff_hint(ui, ui.text.tr("staff.finalize.reviewed"));
    staff_hint(ui, view.use_note.c_str());
    if (view.can_review && !view.reviewed &&
        touch_button(ui, {.id = "review", .label = ui.text.tr("staff.finalize.mark_reviewed"),
                          .kind = ButtonKind::Secondary, .font = ui.fonts.body_bold, .size = {0.0F, 0.0F},
                          .raised = false})) {
        intent = MarkReviewed{};
    }

    staff_heading(ui, ui.text.tr("staff.finalize.addenda"));
    if (view.addenda.empty()) staff_hint(ui, ui.text.tr("staff.finalize.no_addenda"));
    for (const auto& a : view.addenda) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted((a.when + "  " + a.author).c_str());
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0.0F);
        ImGui::TextUnformatted(a.text.c_str());
        ImGui::PopTextWrapPos();
    }
    std::string typed;
    if (text_field(ui, {.id = "addendum", .label = ui.text.tr("staff.finalize.new_addendum"), .lines = 3.0F, .width = 0.0F},
                   view.addendum_text, typed)) {
        intent = AddendumEdited{std::move(typed)};
    }
    if (touch_button(ui, {.id = "add_addendum", .label = ui.text.tr("staff.finalize.add_addendum"),
                          .kind = ButtonKind::Primary, .font = ui.fonts.body_bold, .size = {width, 0.0F},
                          .raised = false})) {
        intent = AddAddendum{};
    }
    return intent;
}

}  // namespace

FinalizeIntent draw_finalize_screen(const FinalizeView& view, const UiResources& ui) {
    FinalizeIntent intent;
    begin_screen("staff/finalize", *ui.theme);
    const std::string title = std::string{ui.text.tr("staff.finalize.title")} + " \xE2\x80\x94 " + view.child_first_name;
    const StaffHeaderResult header = staff_header(
        ui, {.title = title.c_str(), .worker_name = view.worker_name, .clock_hhmm = view.clock_hhmm,
             .back_label = view.is_final ? ui.text.tr("staff.common.board") : ui.text.tr("staff.common.record")});
    if (header.back) intent = view.is_final ? FinalizeIntent{BackToBoard{}} : FinalizeIntent{BackToRecord{}};
    if (header.lock) intent = LockStaffFace{};

    begin_staff_body(ui, "finalize", header.height);
    const float width = ImGui::GetContentRegionAvail().x;
    if (!view.due_text.empty()) {
        const std::string due = std::string{ui.text.tr("staff.finalize.due_by")} + " " + view.due_text;
        if (view.overdue) {
            staff_problem(ui, due + "  \xC2\xB7  " + ui.text.tr("staff.due.overdue"));
        } else {
            staff_hint(ui, due.c_str());
        }
    }
    staff_problem(ui, view.message);
    const FinalizeIntent asked = view.is_final ? after_signing(view, ui, width) : before_signing(view, ui, width);
    if (!std::holds_alternative<std::monostate>(asked)) intent = asked;
    end_staff_body();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
