#pragma once
// Cancelling or moving a booked session. Cancelled: the session's state changes, so the
// family's visit code is answered "cancelled" at the lobby and the staff board shows it so.
// Moved: the session is cancelled and a new one booked at the new time with a fresh visit code
// (the old code must stop working; the family is sent the new one). Either way one transaction
// holds the change, its audit rows and a notice queued for the social work team.
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/coordinator_actions.hpp"
#include "kiosk/core/scheduling_rules.hpp"

namespace kiosk::app {

struct SessionChangeResult {
    std::vector<core::ActionProblem> problems;  // empty when done (unless a clash)
    std::vector<core::Clash> clashes;           // the new time clashes: nothing was changed
    core::Id new_session_id = 0;
    std::string new_visit_code;
    std::string notice_uuid;
};

SessionChangeResult cancel_session(const CoordinatorContext& ctx, core::Id session_id, const std::string& reason);
// `date` is YYYY-MM-DD venue-local; the session keeps its room, worker, length and agreement.
SessionChangeResult move_session(const CoordinatorContext& ctx, core::Id session_id, const std::string& date, int hour,
                                 int minute, const std::string& reason);

}  // namespace kiosk::app
