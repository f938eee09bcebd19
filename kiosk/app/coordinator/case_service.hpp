#pragma once
// Closing a case's paperwork: a referral closed with its reason (its booked sessions still to
// come are cancelled in the same transaction, each with its notice, so no family comes to a
// closed case), and a missed-sessions case flag resolved with the social worker's decision.
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/coordinator_actions.hpp"
#include "kiosk/core/language_needs.hpp"

namespace kiosk::app {

struct CloseReferralResult {
    std::vector<core::ActionProblem> problems;
    int sessions_cancelled = 0;
};

CloseReferralResult close_referral(const CoordinatorContext& ctx, core::Id referral_id, const std::string& reason);
// The family's language needs on the referral (issue #16), as the social worker gave them;
// a code the list does not know is not saved (the screen offers only known ones).
void save_language_needs(const CoordinatorContext& ctx, core::Id referral_id, const core::LanguageNeeds& needs);
std::vector<core::ActionProblem> resolve_case_flag(const CoordinatorContext& ctx, core::Id flag_id, const std::string& note);

}  // namespace kiosk::app
