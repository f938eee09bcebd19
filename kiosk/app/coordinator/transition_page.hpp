#pragma once
// coordinator/transition: placements with their two deadlines, and the chosen placement's
// comfort call and icebreaker forms.
#include <cstdint>
#include <string>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/transition_screen.hpp"

namespace kiosk::app {

class TransitionPage {
public:
    // Opens a placement's forms from what is saved; `part` is a core::TransitionPart row, or -1
    // for the part still to do.
    void select(const CoordinatorContext& ctx, core::Id placement, int part = -1);
    const ui::TransitionView& view(const PageEnv& env) const;
    PageRequest handle(const ui::TransitionIntent& intent, PageEnv& env);
    ui::TransitionDraft& draft() { return draft_; }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::TransitionView build_view(const PageEnv& env) const;
    ui::TransitionDraft draft_;
    struct BuiltFor {
        std::string language;
        core::Id placement = 0;
        core::Id call = 0;  // the saved call whose notes may have been removed
        CoordinatorMessages messages;
        bool operator==(const BuiltFor&) const = default;
    };
    mutable ReadModel<ui::TransitionView, BuiltFor> model_;
};

}  // namespace kiosk::app
