#pragma once
// The comfort call and icebreaker of a placement: plans and records, checked before saving.
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/coordinator_actions.hpp"
#include "kiosk/core/placement.hpp"

namespace kiosk::app {

// A child placed with carers: recording it starts the comfort call (24 h) and icebreaker
// (7 days) deadlines, which are worked out from `placed_at`. The owner is the coordinator.
struct NewPlacementResult {
    std::vector<core::ActionProblem> problems;
    core::Id placement_id = 0;
};
NewPlacementResult create_placement(const CoordinatorContext& ctx, core::Id child_id, core::Timestamp placed_at);

std::vector<core::TransitionProblem> save_comfort_call(const CoordinatorContext& ctx, core::ComfortCall call);
std::vector<core::TransitionProblem> save_icebreaker(const CoordinatorContext& ctx, core::Icebreaker meeting);

}  // namespace kiosk::app
