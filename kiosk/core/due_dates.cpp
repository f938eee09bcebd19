#include "kiosk/core/due_dates.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <stdexcept>

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<DueStatus, 3> kNames{{{
    {DueStatus::Due, "due"},
    {DueStatus::DueSoon, "due_soon"},
    {DueStatus::Overdue, "overdue"},
}}};
}  // namespace

std::string_view to_string(DueStatus status) { return kNames.name(status); }

Timestamp recording_due_at(Timestamp session_end, RecordingTimescale timescale, const std::string& time_zone,
                           const WorkingCalendar& calendar) {
    if (timescale.working_days > 0) {
        const auto* zone = date::locate_zone(time_zone);
        date::local_days day = date::floor<date::days>(date::zoned_seconds{zone, session_end}.get_local_time());
        for (int counted = 0; counted < timescale.working_days;) {
            day += date::days{1};
            if (calendar.is_working_day(day)) ++counted;
        }
        // Due by the end of that working day: the first instant of the next local day.
        const date::zoned_seconds next_midnight{zone, date::local_seconds{day + date::days{1}}, date::choose::earliest};
        return next_midnight.get_sys_time();
    }
    if (timescale.hours <= 0) throw std::invalid_argument("a recording timescale must be some hours or working days");
    return session_end + std::chrono::hours{timescale.hours};
}

DueStatus due_status(Timestamp due_at, Timestamp now, std::chrono::seconds soon) {
    if (now > due_at) return DueStatus::Overdue;
    if (due_at - now <= soon) return DueStatus::DueSoon;
    return DueStatus::Due;
}

}  // namespace kiosk::core
