#pragma once
// The comfort call and icebreaker of a placement: plans and records, checked before saving.
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/placement.hpp"

namespace kiosk::app {

std::vector<core::TransitionProblem> save_comfort_call(const CoordinatorContext& ctx, core::ComfortCall call);
std::vector<core::TransitionProblem> save_icebreaker(const CoordinatorContext& ctx, core::Icebreaker meeting);

}  // namespace kiosk::app
