// The deadlines board and the staff screen: views and what the staff screen's intents do.
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/deadline_service.hpp"
#include "kiosk/app/coordinator/staff_service.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {
namespace {
// The child a review (an agreement) or a missed-session notice is about.
core::Id child_of_deadline(const CoordinatorContext& ctx, const core::Deadline& d) {
    if (d.kind == core::DeadlineKind::Review) {
        const auto agreement = store::AgreementRepository(ctx.db).agreement(d.subject_id);
        return agreement ? agreement->child_id : 0;
    }
    for (const auto& n : store::AttendanceRepository(ctx.db).notices()) {
        if (n.missed_id == d.subject_id) return n.child_id;
    }
    return 0;
}
}  // namespace

const ui::DeadlinesView& CoordinatorController::deadlines_view(const ui::UiResources& ui) const {
    return deadlines_model_.get(language_key(ui), [&] { return build_deadlines_view(ui); });
}

ui::DeadlinesView CoordinatorController::build_deadlines_view(const ui::UiResources& ui) const {
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
        row.due = due_time(d.due, ctx_.clock.now(), ctx_.time_zone, ui.text);
        row.owner = d.owner.empty() ? ui.text.tr("coord.deadlines.nobody") : d.owner;
        if (d.needs_handover) row.owner += " \u00b7 " + std::string(ui.text.tr("coord.record.needs_handover"));
        row.needs_handover = d.needs_handover;
        view.rows.push_back(std::move(row));
    }
    view.summary = std::to_string(overdue) + " " + ui.text.tr("coord.deadlines.overdue_count") + " · " +
                   std::to_string(today) + " " + ui.text.tr("coord.deadlines.today_count") + " · " +
                   std::to_string(static_cast<int>(view.rows.size()) - overdue - today) + " " +
                   ui.text.tr("coord.deadlines.later_count");
    return view;
}

void CoordinatorController::open_deadline(std::size_t row) {
    const auto board = deadlines_board(ctx_);
    if (row >= board.size()) return;
    const auto& d = board[row];
    clear_messages();
    switch (d.kind) {
        case core::DeadlineKind::Record:
            record_page_.open_session(ctx_, d.subject_id, CoordinatorScreen::Deadlines);
            screen_ = CoordinatorScreen::Record;
            break;
        case core::DeadlineKind::ComfortCall:
        case core::DeadlineKind::Icebreaker:
            screen_ = CoordinatorScreen::Transition;
            select_placement(d.subject_id);
            transition_.part = d.kind == core::DeadlineKind::ComfortCall ? 0 : 1;
            break;
        case core::DeadlineKind::Letterbox:
            letterbox_page_.open_arrangement(ctx_, d.subject_id);
            screen_ = CoordinatorScreen::Letterbox;
            break;
        case core::DeadlineKind::Review:
        case core::DeadlineKind::MissedSessionNotice: {
            // The case's own screens: the agreement to review, or the schedule with the miss.
            const core::Id child = child_of_deadline(ctx_, d);
            for (const auto& r : store::ReferralRepository(ctx_.db).inbox()) {
                if (r.child_id == child) select_referral(r.id);
            }
            open(d.kind == core::DeadlineKind::Review ? CoordinatorScreen::Agreement : CoordinatorScreen::Schedule);
            break;
        }
    }
}

ui::StaffView CoordinatorController::staff_view(const ui::UiResources& ui) const {
    ui::StaffView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Staff);
    for (const auto& m : store::StaffRepository(ctx_.db).all()) {
        view.staff.push_back({m.id, m.display_name,
                              m.active ? std::string(ui.text.tr("coord.role." + std::string(core::to_string(m.role))))
                                       : std::string(ui.text.tr("coord.people.inactive")),
                              m.active, m.id == ctx_.staff_id});
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
    if (const auto* toggle = std::get_if<ui::SetStaffActive>(&intent)) {
        clear_messages();
        staff_.resetting = 0;
        const auto problems = set_staff_active(ctx_, toggle->id, toggle->active);
        for (const auto p : problems) {
            problem_ += (problem_.empty() ? "" : " ") + std::string(ui.text.tr("coord.action." + std::string(core::to_string(p))));
        }
        const auto member = store::StaffRepository(ctx_.db).find(toggle->id);
        if (problems.empty() && member) {
            done_ = member->display_name + " " + ui.text.tr(toggle->active ? "coord.people.reactivated" : "coord.people.deactivated");
        }
        return;
    }
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
