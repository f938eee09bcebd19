#pragma once
// The rules behind the coordinator's week-finishing actions (issue #15): handing a draft to
// another worker, cancelling or moving a booked session, closing a referral, resolving a case
// flag, recording a placement, deactivating a staff member. Each check returns what is wrong
// (empty when the action may go ahead); the services change nothing when it is not empty.
#include <optional>
#include <string_view>
#include <vector>

#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/referral.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/staff.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class ActionProblem {
    ReasonMissing,       // a reason or note must be written
    BadText,             // the words cannot be stored (control characters, too long, not UTF-8)
    NotADraft,           // only a draft is handed over
    SameHolder,          // it is already theirs
    CannotWrite,         // the receiver is not an active contact worker
    NotBooked,           // only a booked session is cancelled or moved
    AlreadyStarted,      // its start time has passed
    NewTimeInPast,       // a session is moved to a time still to come
    SameTime,            // moving it to where it is changes nothing
    AlreadyClosed,       // the referral is closed already
    PlacedInFuture,      // a placement is recorded once it has happened
    PlacedTooLongAgo,    // older placements are past their first days: nothing to track
    LastCoordinator,     // someone must still be able to sign in to the coordinator face
    Yourself,            // a coordinator does not deactivate themself
};
std::string_view to_string(ActionProblem problem);

// A reason or note: words required, free-text rules, up to 2000 bytes.
std::optional<ActionProblem> check_reason(std::string_view text);

std::vector<ActionProblem> check_handover(const ObservationRecord& record, Id current_holder, const StaffMember& to,
                                          std::string_view reason);
std::vector<ActionProblem> check_cancel(const Session& session, Timestamp now, std::string_view reason);
std::vector<ActionProblem> check_move(const Session& session, Timestamp new_start, Timestamp now, std::string_view reason);
std::vector<ActionProblem> check_close_referral(const Referral& referral, std::string_view reason);
std::vector<ActionProblem> check_resolve_flag(std::string_view note);

// How far back a placement may be recorded: its icebreaker (7 days) must still be ahead or
// only just missed, so the first days can still be followed.
inline constexpr int kPlacementLookbackDays = 14;
std::vector<ActionProblem> check_new_placement(Timestamp placed_at, Timestamp now);

// `active_coordinators` counts the active coordinators, `member` included when it is one.
std::vector<ActionProblem> check_deactivate(const StaffMember& member, Id acting_staff_id, int active_coordinators);

}  // namespace kiosk::core
