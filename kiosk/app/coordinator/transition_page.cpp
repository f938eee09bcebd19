// The placement transition screen: placements with their two deadlines, and the comfort call
// and icebreaker forms.
#include <array>

#include "kiosk/app/coordinator/transition_page.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/transition_service.hpp"
#include "kiosk/core/contact_arrangement.hpp"
#include "kiosk/core/form_choices.hpp"
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

void TransitionPage::select(const CoordinatorContext& ctx, core::Id id, int part) {
    store::PlacementRepository placements(ctx.db);
    draft_ = {};
    draft_.placement = id;
    draft_.call = placements.comfort_call(id).value_or(core::ComfortCall{});
    draft_.call.placement_id = id;
    // The same platforms as a virtual session's (issue #16): the seeds' list after a phone call.
    draft_.platform = core::platform_row(draft_.call.plan.platform);
    draft_.meeting = placements.icebreaker(id).value_or(core::Icebreaker{});
    draft_.meeting.placement_id = id;
    // Once the call is done, the icebreaker is what is left to do.
    if (draft_.call.held) draft_.part = core::row_of(core::kAllTransitionParts, core::TransitionPart::Icebreaker);
    if (part >= 0) draft_.part = part;
}

const ui::TransitionView& TransitionPage::view(const PageEnv& env) const {
    return model_.get(env.key(BuiltFor{env.language(), draft_.placement, draft_.call.id, env.messages}),
                      [&] { return build_view(env); });
}

ui::TransitionView TransitionPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    ui::TransitionView view;
    view.frame = env.frame;
    store::PlacementRepository placements(ctx.db);
    store::FamilyRepository people(ctx.db);
    for (const auto& p : placements.all()) {
        ui::PlacementRow row;
        row.id = p.id;
        const auto child = people.child(p.child_id);
        row.child = child ? child_with_age(child->first_name, child->date_of_birth, ctx.clock.now(), ctx.time_zone, text) : "";
        row.placed = std::string(text.tr("coord.transition.placed")) + " " +
                     relative_time(p.placed_at, ctx.clock.now(), ctx.time_zone, text);
        const auto call = placements.comfort_call(p.id);
        const auto meeting = placements.icebreaker(p.id);
        row.call = deadline_line("coord.kind.comfort_call", core::comfort_call_due(p.placed_at), call && call->held, ctx,
                                 text, row.call_urgent);
        row.icebreaker = deadline_line("coord.kind.icebreaker", core::icebreaker_due(p.placed_at, ctx.time_zone),
                                       meeting && meeting->held, ctx, text, row.icebreaker_urgent);
        view.placements.push_back(std::move(row));
    }
    for (const auto part : core::kAllTransitionParts) {
        view.part_labels.emplace_back(text.tr(part == core::TransitionPart::ComfortCall ? "coord.kind.comfort_call" : "coord.kind.icebreaker"));
    }
    for (const auto platform : core::call_platforms()) {
        const auto brand = core::platform_brand_name(platform);
        view.platform_labels.emplace_back(brand.empty() ? std::string{text.tr("platform." + std::string{platform})} : std::string{brand});
    }
    view.meeting_labels = {text.tr("coord.transition.in_person"), text.tr("coord.transition.virtual")};
    for (const auto role : core::transition_roles()) {
        view.roles.push_back({std::string(role), text.tr("coord.role_in_call." + std::string(role))});
    }
    for (const auto role : core::icebreaker_facilitators()) {
        view.facilitators.push_back({std::string(role), text.tr("coord.role_in_call." + std::string(role))});
    }
    if (draft_.call.id != 0) {
        if (const auto removed = store::entry_purged_at(ctx.db, "comfort_call", draft_.call.id)) {
            view.call_notes_removed = std::string(text.tr("coord.transition.notes_removed")) + " (" +
                                      relative_time(*removed, ctx.clock.now(), ctx.time_zone, text) + ").";
        }
    }
    view.problem = env.messages.problem;
    view.saved = env.messages.done;
    return view;
}

PageRequest TransitionPage::handle(const ui::TransitionIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (const auto* pick = std::get_if<ui::SelectPlacement>(&intent)) {
        env.messages.clear();
        select(env.ctx, pick->id);
        return {};
    }
    std::vector<core::TransitionProblem> problems;
    if (std::holds_alternative<ui::SaveComfortCall>(intent)) {
        draft_.call.plan.platform = std::string{core::platform_at(draft_.platform)};
        problems = save_comfort_call(env.ctx, draft_.call);
    } else if (std::holds_alternative<ui::SaveIcebreaker>(intent)) {
        problems = save_icebreaker(env.ctx, draft_.meeting);
    } else {
        return {};
    }
    const auto& text = env.ui.text;
    env.messages.clear();
    for (const auto p : problems) env.messages.add_problem(text.tr("coord.transition.problem." + std::string(core::to_string(p))));
    if (problems.empty()) {
        env.messages.done = std::string(text.tr("coord.saved")) + " " + core::local_hhmm(env.ctx.clock.now(), env.ctx.time_zone);
    }
    return {};
}

}  // namespace kiosk::app
