#include "kiosk/ui/coordinator/session_change_form.hpp"

#include <imgui.h>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"

namespace kiosk::ui {
namespace {
void feedback(const ScheduleView& view, const UiResources& ui) {
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
}

// Beside the save button when it fits in the column, else under it.
bool back_button(const UiResources& ui) {
    const TouchButton back{.id = "close_schedule_form", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                           .font = ui.fonts.body_bold};
    next_on_row_if_fits(touch_button_size(ui, back).x);
    return touch_button(ui, back);
}
}  // namespace

ScheduleIntent session_change_form(const ScheduleView& view, ScheduleDraft& d, const UiResources& ui) {
    ScheduleIntent intent;
    section_heading(ui, ui.text.tr("coord.change.title"));
    coloured_text(ui.theme->text, view.changing_when);
    if (int i = choice_row(ui, "change_kind", view.change_kind_labels, d.change_kind); i >= 0) d.change_kind = i;
    if (d.chosen_change() == core::SessionChange::Move) {
        // The new day and start time side by side where the column is wide enough, as when booking.
        text_field(ui, "##move_date", ui.text.tr("coord.change.new_date"), d.move_date, {}, 7.0F);
        next_on_row_if_fits(number_field_width(ui));
        time_field(ui, "##move_time", ui.text.tr("coord.change.new_time"), d.move_hour, d.move_minute);
    }
    text_area(ui, "##change_reason", ui.text.tr("coord.change.reason"), d.change_reason, {}, 2.5F);
    muted_text(ui, ui.text.tr(d.chosen_change() == core::SessionChange::Move ? "coord.change.move_note" : "coord.change.cancel_note"));
    feedback(view, ui);
    if (touch_button(ui, {.id = "save_change",
                          .label = ui.text.tr(d.chosen_change() == core::SessionChange::Move ? "coord.change.save_move" : "coord.change.save_cancel"),
                          .kind = d.chosen_change() == core::SessionChange::Move ? ButtonKind::Primary : ButtonKind::Danger, .font = ui.fonts.body_bold})) {
        intent = SaveSessionChange{};
    }
    if (back_button(ui)) intent = CloseScheduleForm{};
    return intent;
}

ScheduleIntent resolve_flag_form(const ScheduleView& view, ScheduleDraft& d, const UiResources& ui) {
    ScheduleIntent intent;
    section_heading(ui, ui.text.tr("coord.flag.title"));
    coloured_text(ui.theme->danger, view.flag);
    text_area(ui, "##flag_note", ui.text.tr("coord.flag.note"), d.flag_note, {}, 3.0F);
    feedback(view, ui);
    if (touch_button(ui, {.id = "save_flag", .label = ui.text.tr("coord.flag.save"), .font = ui.fonts.body_bold})) {
        intent = SaveResolveFlag{};
    }
    if (back_button(ui)) intent = CloseScheduleForm{};
    return intent;
}

}  // namespace kiosk::ui
