#pragma once
// A child's placement with carers, and the two meetings that ease its first days: the comfort
// call (within 24 hours) and the icebreaker meeting (within 7 calendar days), as DCF policy
// 25-2 and the QPI comfort-call guide describe them (docs/shared seeds): who took part in each,
// who facilitated the icebreaker, and a call that became untenable ended calmly, with why.
#include <span>
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

// The people a comfort call or icebreaker brings together, by role (never by name, so a role
// list may travel unsealed and stay after the notes are purged): the child, the legal parents,
// the carers (the resource family), another family member who is the child's critical
// connection, the child protection social worker (the child's worker) and the foster care
// support worker. Stored and sent as these keys.
inline constexpr std::string_view kRoleChild = "child";
inline constexpr std::string_view kRoleParents = "parents";
inline constexpr std::string_view kRoleCarers = "carers";
inline constexpr std::string_view kRoleOtherFamily = "other_family";
inline constexpr std::string_view kRoleChildsWorker = "childs_worker";
inline constexpr std::string_view kRoleSupportWorker = "support_worker";
// Who may take part, in the order the forms offer them.
std::span<const std::string_view> transition_roles();
// Who may facilitate an icebreaker: "either the child protection social worker and/or the
// foster care support worker" (DCF 25-2).
std::span<const std::string_view> icebreaker_facilitators();
bool is_transition_role(std::string_view key);
// Role lists as the store keeps them ("child,parents"); unknown keys are kept out on reading.
std::string join_roles(const std::vector<std::string>& roles);
std::vector<std::string> split_roles(std::string_view text);

struct ComfortCall {
    Id id = 0;
    Id placement_id = 0;
    ComfortCallPlan plan;
    bool held = false;
    Timestamp held_at{};
    std::vector<std::string> participants;  // role keys: who was on the call
    std::string how_it_went;
    // "If the call becomes untenable, end the call calmly, restating the initial intent of the
    // phone call and indicate that you hope to communicate in the future" (QPI guide).
    bool ended_early = false;   // the call became untenable and was ended
    std::string ended_reason;   // why it became untenable; required when ended_early
    bool ended_calmly = true;   // ended calmly: the intent restated, hope to talk again said
    Id recorded_by = 0;
};

struct Icebreaker {
    Id id = 0;
    Id placement_id = 0;
    bool virtual_meeting = false;  // in person at the venue by preference; virtual on request
    bool held = false;
    Timestamp held_at{};
    bool child_took_part = false;
    std::vector<std::string> facilitated_by;  // icebreaker_facilitators() keys, one or both
    std::vector<std::string> attended;        // transition_roles() keys
    std::string other_attendees;              // anyone else, in words ("an interpreter")
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
    NoParticipants,     // a held call or meeting names nobody who took part
    NoEndReason,        // a call that had to be ended says not why
    NoFacilitator,      // a held icebreaker names neither worker as its facilitator
    UnknownRole,        // a role key the forms do not offer
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
