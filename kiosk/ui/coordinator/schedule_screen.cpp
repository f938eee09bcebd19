#include "kiosk/ui/coordinator/schedule_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/coordinator/form_widgets.hpp"
#include "kiosk/ui/coordinator/session_change_form.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/touch_button.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::ui {
namespace {
ScheduleIntent booking(const ScheduleView& view, ScheduleDraft& d, const UiResources& ui) {
    ScheduleIntent intent;
    section_heading(ui, ui.text.tr("coord.schedule.venues"));
    for (const auto& venue : view.venues) coloured_text(ui.theme->text, venue);
    if (view.venues.empty()) muted_text(ui, ui.text.tr("coord.schedule.no_location"));
    section_heading(ui, ui.text.tr("coord.schedule.book"));
    muted_text(ui, view.agreement);
    // The plan's fields flow: side by side where the column is wide enough.
    text_field(ui, "##first_date", ui.text.tr("coord.schedule.first_date"), d.first_date, {}, 7.0F);
    next_on_row_if_fits(number_field_width(ui));
    number_field(ui, "##count", ui.text.tr("coord.schedule.count"), d.count);
    time_field(ui, "##time", ui.text.tr("coord.schedule.time"), d.hour, d.minute);
    ImGui::TextUnformatted(ui.text.tr("coord.schedule.worker"));
    // The worker the child had before is offered first, until the coordinator picks another.
    if (!d.worker_chosen && view.proposed_worker >= 0) d.worker = view.proposed_worker;
    if (int i = choice_row(ui, "worker", view.worker_labels, d.worker); i >= 0) {
        d.worker = i;
        d.worker_chosen = true;
    }
    if (!view.proposed_worker_note.empty()) muted_text(ui, view.proposed_worker_note);
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    if (!view.done.empty()) coloured_text(ui.theme->success, view.done);
    if (touch_button(ui, {.id = "book", .label = ui.text.tr("coord.schedule.book_button"), .font = ui.fonts.body_bold})) {
        intent = BookSessions{};
    }
    return intent;
}

ScheduleIntent missed_form(const ScheduleView& view, ScheduleDraft& d, const UiResources& ui) {
    ScheduleIntent intent;
    section_heading(ui, ui.text.tr("coord.schedule.missed_title"));
    if (int i = choice_row(ui, "missed_kind", view.missed_kind_labels, d.missed_kind); i >= 0) d.missed_kind = i;
    text_field(ui, "##who", ui.text.tr("coord.schedule.who"), d.who, {}, 14.0F);
    text_area(ui, "##why", ui.text.tr("coord.schedule.why"), d.reason, {}, 2.5F);
    if (!view.problem.empty()) coloured_text(ui.theme->danger, view.problem);
    if (touch_button(ui, {.id = "save_missed", .label = ui.text.tr("coord.schedule.save_missed"), .font = ui.fonts.body_bold})) {
        intent = SaveMissed{};
    }
    ImGui::SameLine();
    if (touch_button(ui, {.id = "cancel_missed", .label = ui.text.tr("coord.back"), .kind = ButtonKind::Secondary,
                          .font = ui.fonts.body_bold})) {
        intent = CancelMissed{};
    }
    return intent;
}

ScheduleIntent session_list(const ScheduleView& view, const UiResources& ui) {
    ScheduleIntent intent;
    section_heading(ui, ui.text.tr("coord.schedule.sessions"));
    if (!view.flag.empty()) {
        coloured_text(ui.theme->danger, view.flag);
        if (touch_button(ui, {.id = "resolve_flag", .label = ui.text.tr("coord.flag.resolve"), .kind = ButtonKind::Secondary,
                              .font = ui.fonts.body})) {
            intent = StartResolveFlag{};
        }
    }
    // Two columns that fit a narrow half of a laptop's screen: what the session is (its time
    // and room, then its code and state, wrapped) and its button (Missed once it has begun,
    // Change while it is still to come); the button's column is as wide as the longer of the
    // two labels, so either shows whole, and both buttons are that wide.
    const TouchButton missed{.id = "missed", .label = ui.text.tr("coord.schedule.missed"), .kind = ButtonKind::Secondary,
                             .font = ui.fonts.body};
    const TouchButton change{.id = "change", .label = ui.text.tr("coord.change.button"), .kind = ButtonKind::Secondary,
                             .font = ui.fonts.body};
    const float action_width = std::max(touch_button_size(ui, missed).x, touch_button_size(ui, change).x);
    if (ImGui::BeginTable("sessions", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("session", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("action", ImGuiTableColumnFlags_WidthFixed, action_width);
        for (const auto& row : view.sessions) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0.0F);
            ImGui::PushFont(ui.fonts.body_bold);
            ImGui::TextUnformatted(row.when.c_str());
            ImGui::PopFont();
            muted_text(ui, row.room);
            ImGui::PushFont(ui.fonts.body_bold);
            ImGui::TextUnformatted(row.code.c_str());
            ImGui::PopFont();
            ImGui::TextUnformatted(row.state.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            if (row.can_mark_missed &&
                touch_button(ui, {.id = "missed_" + std::to_string(row.id), .label = missed.label,
                                  .kind = ButtonKind::Secondary, .font = ui.fonts.body, .size = {action_width, 0.0F}})) {
                intent = MarkMissed{row.id};
            }
            if (row.can_change &&
                touch_button(ui, {.id = "change_" + std::to_string(row.id), .label = change.label,
                                  .kind = ButtonKind::Secondary, .font = ui.fonts.body, .size = {action_width, 0.0F}})) {
                intent = StartSessionChange{row.id};
            }
        }
        ImGui::EndTable();
    }
    if (view.sessions.empty()) muted_text(ui, ui.text.tr("coord.schedule.none"));
    return intent;
}
}  // namespace

ScheduleIntent draw_schedule_screen(const ScheduleView& view, ScheduleDraft& d, const UiResources& ui) {
    ScheduleIntent intent;
    const std::string title = std::string(ui.text.tr("coord.schedule.title")) + " — " + view.child;
    if (auto tab = begin_coordinator_screen("coordinator/schedule", title.c_str(), view.frame, ui)) intent = *tab;
    const auto keep = [&intent](ScheduleIntent next) {
        if (!std::holds_alternative<std::monostate>(next)) intent = next;
    };
    begin_scroll_area("left", ImVec2{em(19.0F), 0.0F});
    if (d.changing_session != 0) {
        keep(session_change_form(view, d, ui));
    } else if (d.resolving_flag) {
        keep(resolve_flag_form(view, d, ui));
    } else {
        keep(d.missed_session != 0 ? missed_form(view, d, ui) : booking(view, d, ui));
    }
    end_scroll_area();
    ImGui::SameLine();
    begin_scroll_area("right", ImVec2{0.0F, 0.0F});
    keep(session_list(view, ui));
    end_scroll_area();
    end_coordinator_screen();
    return intent;
}

}  // namespace kiosk::ui
