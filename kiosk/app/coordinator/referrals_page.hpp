#pragma once
// coordinator/referrals: the inbox, the chosen referral's detail, and its forms (a placement,
// closing it, its language needs). It owns which referral is chosen and the form's draft.
#include <cstdint>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/referrals_screen.hpp"

namespace kiosk::app {

class ReferralsPage {
public:
    // Drawn from memory; built from the store when something changed (a read model).
    const ui::ReferralsView& view(const PageEnv& env) const;
    PageRequest handle(const ui::ReferralsIntent& intent, PageEnv& env);
    // Choosing another referral empties the form.
    void select(core::Id referral) {
        referral_ = referral;
        draft_ = {};
    }
    core::Id referral() const { return referral_; }
    ui::ReferralsDraft& draft() { return draft_; }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::ReferralsView build_view(const PageEnv& env) const;
    std::string closure_line(const PageEnv& env) const;
    // referral_actions_page.cpp: recording a placement, closing the referral, its language needs.
    PageRequest handle_form(const ui::ReferralsIntent& intent, PageEnv& env, bool& handled);

    core::Id referral_ = 0;
    ui::ReferralsDraft draft_;
    struct BuiltFor {
        std::string language;
        core::Id referral = 0;
        CoordinatorMessages messages;
        bool operator==(const BuiltFor&) const = default;
    };
    mutable ReadModel<ui::ReferralsView, BuiltFor> model_;
};

}  // namespace kiosk::app
