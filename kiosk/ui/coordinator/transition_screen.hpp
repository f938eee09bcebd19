#pragma once
// coordinator/transition: a placement's first days. The comfort call (due within 24 hours):
// who matters most, how the call is made, what each side wants to say, the carers' checklist,
// who was on the call and how it went, and, when it became untenable, why and whether it was
// ended calmly. The icebreaker (due within 7 days): in person or virtual, who facilitated it
// (the child's worker, the foster care support worker), who attended, whether the child took
// part, and what was shared about routines, needs and culture.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/placement.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct TransitionDraft {
    core::Id placement = 0;
    int part = core::row_of(core::kAllTransitionParts, core::TransitionPart::ComfortCall);
    core::ComfortCall call;
    int platform = 0;  // a row of core::call_platforms() (core::platform_at)
    core::Icebreaker meeting;

    core::TransitionPart chosen_part() const { return core::choice_at(core::kAllTransitionParts, part); }
};

struct PlacementRow {
    core::Id id = 0;
    std::string child;      // "Noah, 3"
    std::string placed;     // "Placed today 08:30"
    std::string call;       // "Comfort call due today 08:30" / "Comfort call done"
    std::string icebreaker; // "Icebreaker overdue since Sun 22 Nov"
    bool call_urgent = false;
    bool icebreaker_urgent = false;
};

// A role a person takes in the call or meeting (core::transition_roles()), and its words.
struct RoleChoice {
    std::string key;    // "parents"
    std::string label;  // "Parents"
};

struct TransitionView {
    CoordinatorFrameView frame;
    std::vector<PlacementRow> placements;
    std::vector<std::string> part_labels;      // Comfort call, Icebreaker
    std::vector<std::string> platform_labels;  // Phone, Video, In person
    std::vector<std::string> meeting_labels;   // In person at the venue, Virtual (on request)
    std::vector<RoleChoice> roles;             // who may take part
    std::vector<RoleChoice> facilitators;      // who may facilitate the icebreaker
    // Set once the chosen placement's held call went to the social work team and its
    // conversation notes left this device: the form is shown read-only, without its Save.
    std::string call_notes_removed;
    std::string problem;
    std::string saved;
};

struct SelectPlacement { core::Id id = 0; };
struct SaveComfortCall {};
struct SaveIcebreaker {};
using TransitionIntent = std::variant<std::monostate, CoordinatorTab, SelectPlacement, SaveComfortCall, SaveIcebreaker>;

TransitionIntent draw_transition_screen(const TransitionView& view, TransitionDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
