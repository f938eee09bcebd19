#pragma once
// Saving a new version of a child's contact agreement. Version numbers follow on; the new
// version applies from now (sessions already booked keep theirs), and the referral is agreed.
#include <optional>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/agreement_rules.hpp"

namespace kiosk::app {

struct AgreementSaveResult {
    std::vector<core::AgreementProblem> problems;  // empty when saved
    core::Id version_id = 0;
    int version = 0;
};

AgreementSaveResult save_agreement_version(const CoordinatorContext& ctx, core::Id referral_id,
                                           core::AgreementVersion draft);

// The child's current version, or a fresh draft with the defaults (and the assessed level).
core::AgreementVersion agreement_draft_for(const CoordinatorContext& ctx, core::Id referral_id);

}  // namespace kiosk::app
