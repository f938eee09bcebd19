#pragma once
// coordinator/risk: the structured risk assessment of the chosen referral. Its draft is loaded
// from the last saved assessment when the page opens.
#include <cstdint>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/risk_screen.hpp"

namespace kiosk::app {

class RiskPage {
public:
    void open(const CoordinatorContext& ctx, core::Id referral);
    // The recommendation follows the ticks as they are made: the draft is part of the view's key.
    const ui::RiskView& view(const PageEnv& env) const;
    PageRequest handle(const ui::RiskIntent& intent, PageEnv& env);
    ui::RiskDraft& draft() { return draft_; }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::RiskView build_view(const PageEnv& env) const;
    core::Id referral_ = 0;
    ui::RiskDraft draft_;
    struct BuiltFor {
        std::string language;
        core::Id referral = 0;
        ui::RiskDraft draft;
        CoordinatorMessages messages;
        bool operator==(const BuiltFor&) const = default;
    };
    mutable ReadModel<ui::RiskView, BuiltFor> model_;
};

}  // namespace kiosk::app
