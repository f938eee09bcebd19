#include "kiosk/ui/coordinator/staff_screen.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {
namespace {
StaffIntent people(const StaffView& view, const UiResources& ui) {
    StaffIntent intent;
    section_heading(ui, ui.text.tr("coord.staff.people"));
    // Each person on two lines: name and role, then what can be done (a PIN reset, leaving or coming back).
    for (const auto& row : view.staff) {
        ImGui::PushFont(ui.fonts.body_bold);
        ImGui::TextUnformatted(row.name.c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        muted_text(ui, row.role);
        if (row.active &&
            touch_button(ui, {.id = "reset_" + std::to_string(row.id), .label = ui.text.tr("coord.staff.reset"),
                              .kind = ButtonKind::Secondary, .font = ui.fonts.body})) {
            intent = StartPinReset{row.id};
        }
        if (row.active && !row.is_me) ImGui::SameLine();
        if (!row.is_me && touch_button(ui, {.id = "active_" + std::to_string(row.id),
                              .label = ui.text.tr(row.active ? "coord.people.deactivate" : "coord.people.reactivate"),
                              .kind = ButtonKind::Secondary, .font = ui.fonts.body})) {
            intent = SetStaffActive{row.id, !row.active};
        }
        ImGui::Dummy(ImVec2{0.0F, em(0.3F)});
    }
    section_heading(ui, ui.text.tr("coord.staff.devices"));
    for (const auto& device : view.devices) {
        ImGui::TextUnformatted((device.name + " — " + device.last_sync).c_str());
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
    ImGui::BeginChild("people", ImVec2{em(22.0F), 0.0F}, false);
    keep(people(view, ui));
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("form", ImVec2{0.0F, 0.0F}, false);
    keep(form(view, d, ui));
    ImGui::EndChild();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
