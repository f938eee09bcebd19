#pragma once
// Calendar arithmetic on ISO dates ("YYYY-MM-DD"), done with the date library.
#include <optional>
#include <string>

namespace kiosk::core {

bool is_iso_date(const std::string& text);

struct TimeOfDay {
    int hour = 0;
    int minute = 0;
};
// "14:30" or "9:05" (24-hour clock); nullopt for anything else.
std::optional<TimeOfDay> parse_time_of_day(const std::string& text);
// The date `days` calendar days after (or before, if negative) `iso_date`.
std::string add_days(const std::string& iso_date, int days);
// Whole years between a date of birth and a day (the child's age on that day).
int age_in_years(const std::string& date_of_birth, const std::string& on_date);
// Whole months of age, for babies.
int age_in_months(const std::string& date_of_birth, const std::string& on_date);

// The parts of a date that words are made from: the day of the month (1-31), the month
// (1-12) and the day of the week (0 Monday ... 6 Sunday).
struct DateParts {
    int day = 1;
    int month = 1;
    int weekday = 0;
};
DateParts date_parts(const std::string& iso_date);

}  // namespace kiosk::core
