// The placement transition screen: placements with their two deadlines, and the comfort call
// and icebreaker forms.
#include <array>

#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/core/contact_arrangement.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/transition_service.hpp"
#include "kiosk/core/placement_transition.hpp"
#include "kiosk/store/entry_purge.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/placement_repository.hpp"

namespace kiosk::app {
namespace {

std::string deadline_line(const char* what_key, core::Timestamp due, bool done, const CoordinatorContext& ctx,
                          const ui::Translator& text, bool& urgent) {
    const auto state = core::deadline_state(due, ctx.clock.now(), done, ctx.time_zone);
    urgent = state == core::DeadlineState::Overdue || state == core::DeadlineState::DueToday;
    const std::string what = text.tr(what_key);
    switch (state) {
        case core::DeadlineState::Done: return what + ": " + text.tr("coord.deadline.done");
        case core::DeadlineState::Overdue:
            return what + ": " + text.tr("coord.deadline.overdue_since") + " " + due_time(due, ctx.clock.now(), ctx.time_zone, text);
        default: return what + ": " + text.tr("coord.deadline.due") + " " + due_time(due, ctx.clock.now(), ctx.time_zone, text);
    }
}
}  // namespace

void CoordinatorController::select_placement(core::Id id) {
    clear_messages();
    store::PlacementRepository placements(ctx_.db);
    transition_ = {};
    transition_.placement = id;
    transition_.call = placements.comfort_call(id).value_or(core::ComfortCall{});
    transition_.call.placement_id = id;
    // The same platforms as a virtual session's (issue #16): the seeds' list after a phone call.
    const auto platforms = core::call_platforms();
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        if (transition_.call.plan.platform == platforms[i]) transition_.platform = static_cast<int>(i);
    }
    transition_.meeting = placements.icebreaker(id).value_or(core::Icebreaker{});
    transition_.meeting.placement_id = id;
    // Once the call is done, the icebreaker is what is left to do.
    if (transition_.call.held) transition_.part = 1;
}

ui::TransitionView CoordinatorController::transition_view(const ui::UiResources& ui) const {
    ui::TransitionView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Transition);
    store::PlacementRepository placements(ctx_.db);
    store::FamilyRepository people(ctx_.db);
    for (const auto& p : placements.all()) {
        ui::PlacementRow row;
        row.id = p.id;
        const auto child = people.child(p.child_id);
        row.child = child ? child_with_age(child->first_name, child->date_of_birth, ctx_.clock.now(), ctx_.time_zone, ui.text) : "";
        row.placed = std::string(ui.text.tr("coord.transition.placed")) + " " +
                     relative_time(p.placed_at, ctx_.clock.now(), ctx_.time_zone, ui.text);
        const auto call = placements.comfort_call(p.id);
        const auto meeting = placements.icebreaker(p.id);
        row.call = deadline_line("coord.kind.comfort_call", core::comfort_call_due(p.placed_at), call && call->held, ctx_,
                                 ui.text, row.call_urgent);
        row.icebreaker = deadline_line("coord.kind.icebreaker", core::icebreaker_due(p.placed_at, ctx_.time_zone),
                                       meeting && meeting->held, ctx_, ui.text, row.icebreaker_urgent);
        view.placements.push_back(std::move(row));
    }
    view.part_labels = {ui.text.tr("coord.kind.comfort_call"), ui.text.tr("coord.kind.icebreaker")};
    for (const auto platform : core::call_platforms()) {
        const auto brand = core::platform_brand_name(platform);
        view.platform_labels.emplace_back(brand.empty() ? std::string{ui.text.tr("platform." + std::string{platform})} : std::string{brand});
    }
    view.meeting_labels = {ui.text.tr("coord.transition.in_person"), ui.text.tr("coord.transition.virtual")};
    for (const auto role : core::transition_roles()) {
        view.roles.push_back({std::string(role), ui.text.tr("coord.role_in_call." + std::string(role))});
    }
    for (const auto role : core::icebreaker_facilitators()) {
        view.facilitators.push_back({std::string(role), ui.text.tr("coord.role_in_call." + std::string(role))});
    }
    if (transition_.call.id != 0) {
        if (const auto removed = store::entry_purged_at(ctx_.db, "comfort_call", transition_.call.id)) {
            view.call_notes_removed = std::string(ui.text.tr("coord.transition.notes_removed")) + " (" +
                                      relative_time(*removed, ctx_.clock.now(), ctx_.time_zone, ui.text) + ").";
        }
    }
    view.problem = problem_;
    view.saved = done_;
    return view;
}

void CoordinatorController::handle(const ui::TransitionIntent& intent, const ui::UiResources& ui) {
    if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*tab);
    if (const auto* pick = std::get_if<ui::SelectPlacement>(&intent)) select_placement(pick->id);
    std::vector<core::TransitionProblem> problems;
    if (std::holds_alternative<ui::SaveComfortCall>(intent)) {
        const auto platforms = core::call_platforms();
        transition_.call.plan.platform = std::string{platforms[static_cast<std::size_t>(transition_.platform) % platforms.size()]};
        problems = save_comfort_call(ctx_, transition_.call);
    } else if (std::holds_alternative<ui::SaveIcebreaker>(intent)) {
        problems = save_icebreaker(ctx_, transition_.meeting);
    } else {
        return;
    }
    clear_messages();
    for (const auto p : problems) {
        problem_ += (problem_.empty() ? "" : " ") + std::string(ui.text.tr("coord.transition.problem." + std::string(core::to_string(p))));
    }
    if (problems.empty()) done_ = std::string(ui.text.tr("coord.saved")) + " " + core::local_hhmm(ctx_.clock.now(), ctx_.time_zone);
}

}  // namespace kiosk::app
