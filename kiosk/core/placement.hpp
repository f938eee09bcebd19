#pragma once
// A child's placement with carers, and the two meetings that ease its first days: the comfort
// call (within 24 hours) and the icebreaker meeting (within 7 calendar days).
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

struct Placement {
    Id id = 0;
    Id child_id = 0;
    Timestamp placed_at{};
    Id owner_id = 0;  // the coordinator who owns the transition (staff id)
};

// What the comfort call is for: the one connection that matters most to the child right now,
// how the call is made, what each side wants to say, and the carers' checklist.
struct ComfortCallPlan {
    std::string critical_connection;  // "Mum", "Big sister Lily"
    std::string platform;             // a core::call_platforms() key: "phone", "zoom", "whatsapp", ...
    std::string child_wants_to_say;
    std::string family_wants_to_say;
    std::string urgent_needs;         // urgent health or wellbeing needs
    std::string comfort_item_and_routine;
    std::string allergies_and_medicines;
    std::string formula_or_baby_food;
    std::string nap_and_feeding;
};

struct ComfortCall {
    Id id = 0;
    Id placement_id = 0;
    ComfortCallPlan plan;
    bool held = false;
    Timestamp held_at{};
    std::string how_it_went;
    bool ended_early = false;
    bool ended_calmly = true;  // only asked when the call had to be ended
    Id recorded_by = 0;
};

struct Icebreaker {
    Id id = 0;
    Id placement_id = 0;
    bool virtual_meeting = false;  // in person at the venue by preference; virtual on request
    bool held = false;
    Timestamp held_at{};
    bool child_took_part = false;
    std::string routines;
    std::string needs;
    std::string culture;
    Id recorded_by = 0;
};

enum class TransitionProblem {
    NoConnection,       // the plan names nobody to call
    NoPlatform,
    NoOutcome,          // a held call or meeting says nothing about how it went / what was shared
    TextProblem,
    NotesRemoved,       // the held call was sent and its conversation notes left this device
};
std::string_view to_string(TransitionProblem problem);

std::vector<TransitionProblem> check_comfort_call(const ComfortCall& call);
std::vector<TransitionProblem> check_icebreaker(const Icebreaker& meeting);

// What the first days taught about the child, for the staff face of later sessions.
struct TransitionNotes {
    std::string comfort_item_and_routine;
    std::string allergies_and_medicines;
    std::string formula_or_baby_food;
    std::string nap_and_feeding;
    std::string urgent_needs;
    std::string routines;
    std::string needs;
    std::string culture;
};

}  // namespace kiosk::core
