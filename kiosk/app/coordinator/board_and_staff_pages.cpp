// The deadlines board and the staff screen: views and what the staff screen's intents do.
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/deadline_service.hpp"
#include "kiosk/app/coordinator/staff_service.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {

ui::DeadlinesView CoordinatorController::deadlines_view(const ui::UiResources& ui) const {
    ui::DeadlinesView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Deadlines);
    int overdue = 0;
    int today = 0;
    for (const auto& d : deadlines_board(ctx_)) {
        ui::DeadlineRow row;
        switch (d.state) {
            case core::DeadlineState::Overdue:
                row.urgency = ui::DeadlineUrgency::Overdue;
                row.state = ui.text.tr("coord.deadline.overdue");
                ++overdue;
                break;
            case core::DeadlineState::DueToday:
                row.urgency = ui::DeadlineUrgency::DueToday;
                row.state = ui.text.tr("coord.deadline.due_today");
                ++today;
                break;
            default:
                row.urgency = ui::DeadlineUrgency::Due;
                row.state = ui.text.tr("coord.deadline.due");
        }
        row.what = ui.text.tr("coord.kind." + std::string(core::to_string(d.kind)));
        row.child = d.subject;
        row.due = relative_time(d.due, ctx_.clock.now(), ctx_.time_zone, ui.text);
        row.owner = d.owner.empty() ? ui.text.tr("coord.deadlines.nobody") : d.owner;
        view.rows.push_back(std::move(row));
    }
    view.summary = std::to_string(overdue) + " " + ui.text.tr("coord.deadlines.overdue_count") + " · " +
                   std::to_string(today) + " " + ui.text.tr("coord.deadlines.today_count") + " · " +
                   std::to_string(static_cast<int>(view.rows.size()) - overdue - today) + " " +
                   ui.text.tr("coord.deadlines.later_count");
    return view;
}

ui::StaffView CoordinatorController::staff_view(const ui::UiResources& ui) const {
    ui::StaffView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Staff);
    for (const auto& m : store::StaffRepository(ctx_.db).all()) {
        view.staff.push_back({m.id, m.display_name, ui.text.tr("coord.role." + std::string(core::to_string(m.role)))});
        if (m.id == staff_.resetting) view.resetting_name = m.display_name;
    }
    view.role_labels = {ui.text.tr("coord.role.worker"), ui.text.tr("coord.role.coordinator")};
    const auto device = this_device(ctx_);
    view.devices.push_back({ui.text.tr("coord.staff.this_device"),
                            device.last_sync ? relative_time(*device.last_sync, ctx_.clock.now(), ctx_.time_zone, ui.text)
                                             : ui.text.tr("coord.staff.never")});
    view.problem = problem_;
    view.done = done_;
    return view;
}

void CoordinatorController::handle(const ui::StaffIntent& intent, const ui::UiResources& ui) {
    if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*tab);
    if (const auto* start = std::get_if<ui::StartPinReset>(&intent)) {
        clear_messages();
        staff_.resetting = start->id;
        staff_.new_pin.clear();
    }
    if (std::holds_alternative<ui::CancelPinReset>(intent)) staff_.resetting = 0;
    StaffProblem problem = StaffProblem::None;
    if (std::holds_alternative<ui::SavePinReset>(intent)) {
        clear_messages();
        problem = reset_staff_pin(ctx_, staff_.resetting, staff_.new_pin);
        staff_.new_pin.clear();  // a PIN is never kept on screen, right or wrong
        if (problem == StaffProblem::None) {
            staff_.resetting = 0;
            done_ = ui.text.tr("coord.staff.pin_changed");
        }
    } else if (std::holds_alternative<ui::AddStaff>(intent)) {
        clear_messages();
        problem = add_staff_member(ctx_, staff_.name, staff_.role == 0 ? core::Role::Worker : core::Role::Coordinator,
                                   staff_.pin);
        staff_.pin.clear();
        if (problem == StaffProblem::None) {
            done_ = std::string(ui.text.tr("coord.staff.added")) + " " + staff_.name;
            staff_.name.clear();
        }
    }
    if (problem == StaffProblem::BadName) problem_ = ui.text.tr("coord.staff.bad_name");
    if (problem == StaffProblem::BadPin) problem_ = ui.text.tr("coord.staff.bad_pin");
}

}  // namespace kiosk::app
