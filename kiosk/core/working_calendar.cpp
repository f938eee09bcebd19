#include "kiosk/core/working_calendar.hpp"

namespace kiosk::core {

WorkingCalendar::WorkingCalendar(std::string region_name, std::set<date::local_days> holidays, int first_year,
                                 int last_year)
    : region_name_(std::move(region_name)), holidays_(std::move(holidays)), first_year_(first_year),
      last_year_(last_year) {}

bool WorkingCalendar::is_working_day(date::local_days day) const {
    const date::weekday weekday{day};
    if (weekday == date::Saturday || weekday == date::Sunday) return false;
    return !holidays_.contains(day);
}

bool WorkingCalendar::covers(date::year year) const {
    return static_cast<int>(year) >= first_year_ && static_cast<int>(year) <= last_year_;
}

}  // namespace kiosk::core
