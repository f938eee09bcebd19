// The staff screen: its view and what its intents do.
#include "kiosk/app/coordinator/staff_page.hpp"

#include "kiosk/app/coordinator/coordinator_page_text.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/staff_service.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {

const ui::StaffView& StaffPage::view(const PageEnv& env) const {
    return model_.get(env.key(BuiltFor{env.language(), draft_.resetting, env.messages}), [&] { return build_view(env); });
}

ui::StaffView StaffPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    ui::StaffView view;
    view.frame = env.frame;
    for (const auto& m : store::StaffRepository(ctx.db).all()) {
        view.staff.push_back({m.id, m.display_name,
                              m.active ? std::string(text.tr("coord.role." + std::string(core::to_string(m.role))))
                                       : std::string(text.tr("coord.people.inactive")),
                              m.active, m.id == ctx.staff_id});
        if (m.id == draft_.resetting) view.resetting_name = m.display_name;
    }
    for (const auto role : core::kAllRoles) view.role_labels.emplace_back(text.tr("coord.role." + std::string(core::to_string(role))));
    const auto device = this_device(ctx);
    view.devices.push_back({text.tr("coord.staff.this_device"),
                            device.last_sync ? relative_time(*device.last_sync, ctx.clock.now(), ctx.time_zone, text)
                                             : text.tr("coord.staff.never")});
    view.problem = env.messages.problem;
    view.done = env.messages.done;
    return view;
}

void StaffPage::set_active(const ui::SetStaffActive& toggle, PageEnv& env) {
    const auto& text = env.ui.text;
    env.messages.clear();
    draft_.resetting = 0;
    const auto problems = set_staff_active(env.ctx, toggle.id, toggle.active);
    env.messages.problem = action_problems_text(problems, text);
    const auto member = store::StaffRepository(env.ctx.db).find(toggle.id);
    if (problems.empty() && member) {
        env.messages.done = member->display_name + " " + text.tr(toggle.active ? "coord.people.reactivated" : "coord.people.deactivated");
    }
}

PageRequest StaffPage::handle(const ui::StaffIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    if (const auto* start = std::get_if<ui::StartPinReset>(&intent)) {
        messages.clear();
        draft_.resetting = start->id;
        draft_.new_pin.clear();
    }
    if (std::holds_alternative<ui::CancelPinReset>(intent)) draft_.resetting = 0;
    if (const auto* toggle = std::get_if<ui::SetStaffActive>(&intent)) {
        set_active(*toggle, env);
        return {};
    }
    StaffProblem problem = StaffProblem::None;
    if (std::holds_alternative<ui::SavePinReset>(intent)) {
        messages.clear();
        problem = reset_staff_pin(env.ctx, draft_.resetting, draft_.new_pin);
        draft_.new_pin.clear();  // a PIN is never kept on screen, right or wrong
        if (problem == StaffProblem::None) {
            draft_.resetting = 0;
            messages.done = text.tr("coord.staff.pin_changed");
        }
    } else if (std::holds_alternative<ui::AddStaff>(intent)) {
        messages.clear();
        problem = add_staff_member(env.ctx, draft_.name, core::choice_at(core::kAllRoles, draft_.role), draft_.pin);
        draft_.pin.clear();
        if (problem == StaffProblem::None) {
            messages.done = std::string(text.tr("coord.staff.added")) + " " + draft_.name;
            draft_.name.clear();
        }
    }
    if (problem == StaffProblem::BadName) messages.problem = text.tr("coord.staff.bad_name");
    if (problem == StaffProblem::BadPin) messages.problem = text.tr("coord.staff.bad_pin");
    return {};
}

}  // namespace kiosk::app
