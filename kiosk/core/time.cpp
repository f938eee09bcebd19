#include "kiosk/core/time.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <array>
#include <cstdio>
#include <sstream>

namespace kiosk::core {

std::int64_t to_unix(Timestamp t) { return t.time_since_epoch().count(); }

Timestamp from_unix(std::int64_t seconds) { return Timestamp{std::chrono::seconds{seconds}}; }

std::string to_iso8601(Timestamp t) {
    // The date library splits the time; snprintf only prints the numbers. date::format goes
    // through an ostringstream and its locale, a few microseconds a call, and a day's-end sync
    // writes one of these for every record on the device and again on the server.
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::seconds> time{t - day};
    std::array<char, 32> text{};
    const int n = std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                                static_cast<int>(time.seconds().count()));
    return std::string(text.data(), static_cast<std::size_t>(n));
}

namespace {
date::zoned_seconds in_zone(Timestamp t, const std::string& time_zone) {
    return date::zoned_seconds{date::locate_zone(time_zone), t};
}
}  // namespace

std::string local_hhmm(Timestamp t, const std::string& time_zone) {
    return date::format("%H:%M", in_zone(t, time_zone).get_local_time());
}

std::string local_date(Timestamp t, const std::string& time_zone) {
    return date::format("%Y-%m-%d", in_zone(t, time_zone).get_local_time());
}

Timestamp local_to_utc(const std::string& local_date_iso, int hour, int minute,
                       const std::string& time_zone) {
    std::istringstream in{local_date_iso};
    date::local_days day{};
    in >> date::parse("%Y-%m-%d", day);
    if (in.fail()) {
        throw std::invalid_argument("not a date: expected YYYY-MM-DD");
    }
    const auto wall = day + std::chrono::hours{hour} + std::chrono::minutes{minute};
    // A wall time skipped or repeated by a clock change resolves to the earlier instant.
    const auto zoned = date::zoned_seconds{date::locate_zone(time_zone), date::local_seconds{wall},
                                           date::choose::earliest};
    return zoned.get_sys_time();
}

DayBounds local_day_bounds(Timestamp t, const std::string& time_zone) {
    const auto* zone = date::locate_zone(time_zone);
    const auto local = date::zoned_seconds{zone, t}.get_local_time();
    const auto day = date::floor<date::days>(local);
    const auto start = date::zoned_seconds{zone, date::local_seconds{day}, date::choose::earliest};
    const auto end = date::zoned_seconds{zone, date::local_seconds{day + date::days{1}},
                                         date::choose::earliest};
    return {start.get_sys_time(), end.get_sys_time()};
}

}  // namespace kiosk::core
