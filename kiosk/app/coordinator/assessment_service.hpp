#pragma once
// Saving a risk assessment: the recommendation is worked out again here (never trusted from
// the screen), a lower level than recommended needs a written reason, and the referral moves
// to "in progress".
#include <optional>
#include <string>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/risk_assessment_rules.hpp"

namespace kiosk::app {

struct AssessmentForm {
    core::RiskAssessmentInput input;
    core::SupervisionLevel chosen = core::SupervisionLevel::Supervised;
    std::string reason_for_lower_level;
};

enum class AssessmentOutcome { Saved, NeedsReason, BadText, NoSuchReferral };

struct AssessmentResult {
    AssessmentOutcome outcome = AssessmentOutcome::Saved;
    core::Id assessment_id = 0;
    core::SupervisionLevel recommended = core::SupervisionLevel::Supervised;
};

AssessmentResult save_assessment(const CoordinatorContext& ctx, core::Id referral_id, const AssessmentForm& form);

// The form as last saved for this referral, if any.
std::optional<AssessmentForm> load_assessment(const CoordinatorContext& ctx, core::Id referral_id);

// The child's last few ended sessions (up to six) and how many of them raised a safeguarding
// concern: what a review weighs before prompting to step supervision down.
struct RecentSessions {
    int considered = 0;
    int with_concern = 0;
};
RecentSessions recent_sessions(const CoordinatorContext& ctx, core::Id child_id);

}  // namespace kiosk::app
