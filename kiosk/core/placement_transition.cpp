#include "kiosk/core/placement_transition.hpp"

#include "kiosk/core/calendar.hpp"

namespace kiosk::core {

Timestamp comfort_call_due(Timestamp placed_at) { return placed_at + kComfortCallWithin; }

Timestamp icebreaker_due(Timestamp placed_at, const std::string& time_zone) {
    const std::string last_day = add_days(local_date(placed_at, time_zone), kIcebreakerWithinDays);
    return local_day_bounds(local_to_utc(last_day, 12, 0, time_zone), time_zone).end;
}

DeadlineState deadline_state(Timestamp due, Timestamp now, bool done, const std::string& time_zone) {
    if (done) return DeadlineState::Done;
    if (now >= due) return DeadlineState::Overdue;
    if (local_date(now, time_zone) == local_date(due, time_zone) ||
        local_day_bounds(now, time_zone).end >= due) {
        return DeadlineState::DueToday;
    }
    return DeadlineState::Due;
}

}  // namespace kiosk::core
