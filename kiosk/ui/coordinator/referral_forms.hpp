#pragma once
// The referral's further actions: recording that the child has been placed with carers (which
// starts the comfort call and icebreaker deadlines) and closing the referral with a reason.
#include "kiosk/ui/coordinator/referrals_screen.hpp"

namespace kiosk::ui {

// The two buttons under the referral's main steps.
ReferralsIntent referral_more_actions(const UiResources& ui);
// The chosen form, in place of the detail's buttons.
ReferralsIntent referral_form(const ReferralsView& view, ReferralsDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
