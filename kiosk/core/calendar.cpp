#include "kiosk/core/calendar.hpp"

#include <date/date.h>

#include <sstream>
#include <stdexcept>

namespace kiosk::core {
namespace {
std::optional<date::year_month_day> parse_ymd(const std::string& text) {
    std::istringstream in{text};
    date::year_month_day ymd{};
    in >> date::parse("%Y-%m-%d", ymd);
    if (in.fail() || !ymd.ok() || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
    return ymd;
}

date::year_month_day require_ymd(const std::string& text) {
    auto ymd = parse_ymd(text);
    if (!ymd) throw std::invalid_argument("not a date: expected YYYY-MM-DD");
    return *ymd;
}
}  // namespace

bool is_iso_date(const std::string& text) { return parse_ymd(text).has_value(); }

std::optional<TimeOfDay> parse_time_of_day(const std::string& text) {
    std::istringstream in{text};
    std::chrono::minutes since_midnight{};
    in >> date::parse("%H:%M", since_midnight);
    if (in.fail() || in.peek() != std::char_traits<char>::eof() || since_midnight < std::chrono::minutes{0} ||
        since_midnight >= std::chrono::hours{24}) {
        return std::nullopt;
    }
    // The date library reads a duration, so "12:60" would pass as 13:00: the minutes are checked here.
    const auto colon = text.find(':');
    if (colon == std::string::npos || text.size() != colon + 3 || text.compare(colon + 1, 2, "60") >= 0) return std::nullopt;
    return TimeOfDay{static_cast<int>(since_midnight.count() / 60), static_cast<int>(since_midnight.count() % 60)};
}

std::string add_days(const std::string& iso_date, int days) {
    const date::sys_days day = require_ymd(iso_date);
    return date::format("%Y-%m-%d", day + date::days{days});
}

int age_in_months(const std::string& date_of_birth, const std::string& on_date) {
    const auto born = require_ymd(date_of_birth);
    const auto on = require_ymd(on_date);
    int months = (static_cast<int>(on.year()) - static_cast<int>(born.year())) * 12 +
                 (static_cast<int>(static_cast<unsigned>(on.month())) -
                  static_cast<int>(static_cast<unsigned>(born.month())));
    if (on.day() < born.day()) --months;
    return months < 0 ? 0 : months;
}

int age_in_years(const std::string& date_of_birth, const std::string& on_date) {
    return age_in_months(date_of_birth, on_date) / 12;
}

}  // namespace kiosk::core

namespace kiosk::core {

DateParts date_parts(const std::string& iso_date) {
    const auto ymd = require_ymd(iso_date);
    const date::weekday weekday{date::sys_days{ymd}};
    return DateParts{.day = static_cast<int>(static_cast<unsigned>(ymd.day())),
                     .month = static_cast<int>(static_cast<unsigned>(ymd.month())),
                     .weekday = static_cast<int>(weekday.iso_encoding()) - 1};
}

}  // namespace kiosk::core
