#pragma once
// When a session's record is due: the agreement's recording timescale counted from the end
// of the session, either in hours (24 by default) or in N working days (Monday to Friday less
// the venue's public holidays, venue-local; due by the end of the Nth working day after the
// session).
#include <chrono>
#include <string>
#include <string_view>

#include "kiosk/core/time.hpp"
#include "kiosk/core/working_calendar.hpp"

namespace kiosk::core {

struct RecordingTimescale {
    int hours = 24;
    int working_days = 0;  // when > 0 it replaces hours
};

// Throws std::invalid_argument for a timescale of no time at all or an unknown time zone.
// `calendar` says which days are working days; the default knows weekends only.
Timestamp recording_due_at(Timestamp session_end, RecordingTimescale timescale, const std::string& time_zone,
                           const WorkingCalendar& calendar = {});

enum class DueStatus { Due, DueSoon, Overdue };
std::string_view to_string(DueStatus status);

inline constexpr std::chrono::hours kDueSoonWindow{4};
DueStatus due_status(Timestamp due_at, Timestamp now, std::chrono::seconds soon = kDueSoonWindow);

// A record finalized after its due time is a "Late entry"; the real times stay with it.
inline bool is_late_entry(Timestamp due_at, Timestamp finalized_at) { return finalized_at > due_at; }

}  // namespace kiosk::core
