#pragma once
// The coordinator's deadlines board: comfort calls, icebreakers, session records, agreement
// reviews and missed-session notices, each with its due time, state and owner, most urgent
// first. Also the due-time rules the board needs that are not the placement's own.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/placement_transition.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class DeadlineKind { ComfortCall, Icebreaker, Record, Review, MissedSessionNotice };
std::string_view to_string(DeadlineKind kind);

struct Deadline {
    DeadlineKind kind = DeadlineKind::Record;
    Id subject_id = 0;      // the placement, session, agreement or notice it is about
    std::string subject;    // the child's first name, as the coordinator knows the case
    std::string owner;      // the staff member's display name, or the social worker
    Timestamp due{};
    bool done = false;
    DeadlineState state = DeadlineState::Due;
    bool needs_handover = false;  // a record whose owner can no longer sign in
};

// Fills each state from `now`, drops what is done, and orders overdue first, then due
// today, then the rest, each by due time (ties by kind, then subject id, so the order is stable).
std::vector<Deadline> board_order(std::vector<Deadline> items, Timestamp now, const std::string& time_zone);

// 09:00 venue-local on the day after `t`: when a notice to the social worker is sent.
Timestamp next_morning(Timestamp t, const std::string& time_zone, int hour = 9);

// The end of the venue-local review day (a review is due on that day, not at its midnight).
Timestamp end_of_local_day(const std::string& iso_date, const std::string& time_zone);

}  // namespace kiosk::core
