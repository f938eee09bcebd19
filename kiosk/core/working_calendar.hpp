#pragma once
// Which venue-local days count as working days for a recording timescale: Monday to Friday,
// less the public holidays of the venue's country or region (assets/holidays/*.toml, read by
// app::load_working_calendar). A default-made calendar knows no holidays: weekends only.
#include <date/date.h>

#include <set>
#include <string>

namespace kiosk::core {

class WorkingCalendar {
public:
    WorkingCalendar() = default;
    // `first_year`..`last_year`: the years the holiday list is complete for.
    WorkingCalendar(std::string region_name, std::set<date::local_days> holidays, int first_year, int last_year);

    bool is_working_day(date::local_days day) const;
    bool is_holiday(date::local_days day) const { return holidays_.contains(day); }
    // False for a day in a year the list does not cover: such a day is counted with weekends
    // only, and `contact-kiosk doctor` warns before that happens.
    bool covers(date::year year) const;
    const std::string& region_name() const { return region_name_; }
    int last_year() const { return last_year_; }

private:
    std::string region_name_;
    std::set<date::local_days> holidays_;
    int first_year_ = 0;
    int last_year_ = -1;
};

}  // namespace kiosk::core
