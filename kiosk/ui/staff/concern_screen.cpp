#include "kiosk/ui/staff/concern_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "kiosk/ui/widgets/staff_body.hpp"
#include "kiosk/ui/widgets/staff_header.hpp"
#include "kiosk/ui/widgets/text_field.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {

ConcernIntent draw_concern_screen(const ConcernView& view, const UiResources& ui) {
    ConcernIntent intent;
    begin_screen("staff/concern", *ui.theme);
    const std::string title = std::string{ui.text.tr("staff.concern.title")} + " \xE2\x80\x94 " + view.child_first_name;
    const StaffHeaderResult header =
        staff_header(ui, {.title = title.c_str(), .worker_name = view.worker_name, .clock_hhmm = view.clock_hhmm,
                          .back_label = ui.text.tr("staff.common.cancel")});
    if (header.back) intent = CancelConcern{};
    if (header.lock) intent = LockStaffFace{};

    begin_staff_body(ui, "concern", header.height);
    const float width = ImGui::GetContentRegionAvail().x;
    staff_hint(ui, ui.text.tr("staff.concern.explain"));
    staff_heading(ui, ui.text.tr("staff.concern.how_serious"));
    const float gap = em(0.6F);
    const float pad = 2.0F * ImGui::GetStyle().FramePadding.x;
    // All levels on one row when their words fit (bold, else regular); two to a row when not
    // ("Bezpośrednie zagrożenie" is long).
    std::size_t per_row = view.severity_keys.size();
    const auto each_of = [&](std::size_t n) { return (width - gap * static_cast<float>(n - 1)) / static_cast<float>(n); };
    for (const auto& key : view.severity_keys) {
        const float room = each_of(per_row) - pad;
        if (ImGui::CalcTextSize(ui.text.tr(key)).x > room) per_row = std::min<std::size_t>(per_row, 2);
    }
    const float each = each_of(per_row);
    for (std::size_t i = 0; i < view.severity_keys.size(); ++i) {
        if (i % per_row != 0) ImGui::SameLine(0.0F, gap);
        const bool chosen = static_cast<int>(i) == view.chosen_severity;
        const std::string id = "severity_" + std::to_string(i);
        const char* label = ui.text.tr(view.severity_keys[i]);
        if (touch_button(ui, {.id = id, .label = label,
                              .kind = chosen ? ButtonKind::Chosen : ButtonKind::Secondary,
                              .font = largest_font_fitting(label, each - pad, {ui.fonts.body_bold, ui.fonts.body}),
                              .size = {each, 0.0F}, .raised = false})) {
            intent = ChooseSeverity{static_cast<int>(i)};
        }
    }
    staff_problem(ui, view.message);
    ImGui::Dummy(ImVec2{0.0F, em(0.3F)});
    ImGui::BeginDisabled(view.chosen_severity < 0);
    if (touch_button(ui, {.id = "send_concern", .label = ui.text.tr("staff.concern.send"), .kind = ButtonKind::Danger,
                          .font = ui.fonts.large, .size = {width, 0.0F}, .raised = true}) &&
        view.chosen_severity >= 0) {
        intent = SendConcern{};
    }
    ImGui::EndDisabled();
    // The words come after the button, so "Send now" stays in reach above the keyboard.
    std::string typed;
    if (text_field(ui, {.id = "concern_text", .label = ui.text.tr("staff.concern.what"), .lines = 3.0F, .width = 0.0F},
                   view.text, typed)) {
        intent = ConcernEdited{std::move(typed)};
    }
    end_staff_body();
    end_screen();
    return intent;
}

}  // namespace kiosk::ui
