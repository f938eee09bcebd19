#pragma once
// Sentences more than one coordinator page builds the same way.
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/coordinator_actions.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::app {

// "Ava, 6" for a child id (empty when the child is not known here).
std::string child_label(const CoordinatorContext& ctx, core::Id child_id, const ui::Translator& text);
// Why a case action was refused, one sentence a problem.
std::string action_problems_text(const std::vector<core::ActionProblem>& problems, const ui::Translator& text);

}  // namespace kiosk::app
