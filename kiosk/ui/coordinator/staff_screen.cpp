#include "kiosk/ui/coordinator/staff_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
StaffIntent people(const StaffView& view, const UiResources& ui) {
    StaffIntent intent;
    section_heading(ui, ui.text.tr("coord.staff.people"));
    // Each person on a row of their own: the name, the role beside it when it fits (else under
    // it, wrapped: "Pracownik kontaktowy" in a narrow column), then what can be done: a PIN
    // reset while they work here, and leaving or coming back (never for oneself). The buttons
    // flow onto a second line when both do not fit.
    for (const auto& row : view.staff) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted(row.name.c_str());
        ImGui::PopFont();
        next_on_row_if_fits(ImGui::CalcTextSize(row.role.c_str()).x);
        muted_text(ui, row.role);
        // TouchButton::id is a view: the ids live in these strings while the buttons are drawn.
        const std::string reset_id = "reset_" + std::to_string(row.id);
        const std::string active_id = "active_" + std::to_string(row.id);
        const TouchButton reset{.id = reset_id, .label = ui.text.tr("coord.staff.reset"),
                                .kind = ButtonKind::Secondary, .font = ui.fonts.body};
        const TouchButton active{.id = active_id,
                                 .label = ui.text.tr(row.active ? "coord.people.deactivate" : "coord.people.reactivate"),
                                 .kind = ButtonKind::Secondary, .font = ui.fonts.body};
        if (row.active && touch_button(ui, reset)) intent = StartPinReset{row.id};
        if (!row.is_me) {
            if (row.active) next_on_row_if_fits(touch_button_size(ui, active).x);
            if (touch_button(ui, active)) intent = SetStaffActive{row.id, !row.active};
        }
        ImGui::Dummy(ImVec2{0.0F, em(0.3F)});
    }
    section_heading(ui, ui.text.tr("coord.staff.devices"));
    for (const auto& device : view.devices) {
        coloured_text(ui.theme->text, device.name + " — " + device.last_sync);
    }
    muted_text(ui, ui.text.tr("coord.staff.devices_note"));
    return intent;
}

StaffIntent form(const StaffView& view, StaffDraft& d, const UiResources& ui) {
    StaffIntent intent;
    if (d.resetting != 0) {
        section_heading(ui, (std::string(ui.text.tr("coord.staff.new_pin_for")) + " " + view.resetting_name).c_str());
        text_field(ui, "##new_pin", ui.text.tr("coord.staff.pin"), d.new_pin, {}, 8.0F, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
        if (touch_button(ui, {.id = "save_pin", .label = ui.text.tr("coord.staff.save_pin"), .font = ui.fonts.body_bold})) {
            intent = SavePinReset{};
        }
        ImGui::SameLine();
        if (touch_button(ui, {.id = "cancel_pin", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                              .font = ui.fonts.body_bold})) {
            intent = CancelPinReset{};
        }
    } else {
        section_heading(ui, ui.text.tr("coord.staff.add_title"));
        text_field(ui, "##name", ui.text.tr("coord.staff.name"), d.name, {}, 12.0F);
        if (int i = choice_row(ui, "role", view.role_labels, d.role); i >= 0) d.role = i;
        text_field(ui, "##pin", ui.text.tr("coord.staff.pin"), d.pin, {}, 8.0F, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
        if (touch_button(ui, {.id = "add_staff", .label = ui.text.tr("coord.staff.add"), .font = ui.fonts.body_bold})) {
            intent = AddStaff{};
        }
    }
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    if (!view.done.empty()) coloured_text(ui.theme->success, view.done);
    return intent;
}
}  // namespace

StaffIntent draw_staff_screen(const StaffView& view, StaffDraft& d, const UiResources& ui) {
    StaffIntent intent;
    if (auto tab = begin_coordinator_screen("coordinator/staff", ui.text.tr("coord.staff.title"), view.frame, ui)) {
        intent = *tab;
    }
    const auto keep = [&intent](StaffIntent next) {
        if (!std::holds_alternative<std::monostate>(next)) intent = next;
    };
    begin_scroll_area("people", ImVec2{em(22.0F), 0.0F});
    keep(people(view, ui));
    end_scroll_area();
    ImGui::SameLine();
    begin_scroll_area("form", ImVec2{0.0F, 0.0F});
    keep(form(view, d, ui));
    end_scroll_area();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
