#pragma once
// The first days of a placement: a comfort call within 24 hours and an icebreaker meeting
// within 7 calendar days. Deadlines are shown as due, due today or overdue.
#include <string>

#include "kiosk/core/time.hpp"

namespace kiosk::core {

inline constexpr std::chrono::hours kComfortCallWithin{24};
inline constexpr int kIcebreakerWithinDays = 7;

Timestamp comfort_call_due(Timestamp placed_at);
// The end of the venue-local day seven calendar days after the placement day.
Timestamp icebreaker_due(Timestamp placed_at, const std::string& time_zone);

enum class DeadlineState { Done, Due, DueToday, Overdue };

DeadlineState deadline_state(Timestamp due, Timestamp now, bool done, const std::string& time_zone);

}  // namespace kiosk::core
