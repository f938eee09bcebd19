#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/due_dates.hpp"
#include "kiosk/core/working_calendar.hpp"

using namespace kiosk::core;
using namespace date::literals;

namespace {
WorkingCalendar christmas_2026() {
    // England and Wales: Christmas on a Friday, Boxing Day on Saturday, substitute Monday 28.
    return WorkingCalendar("Test", {date::local_days{2026_y / 12 / 25}, date::local_days{2026_y / 12 / 26},
                                    date::local_days{2026_y / 12 / 28}},
                           2026, 2026);
}
}  // namespace

TEST_CASE("a working calendar skips weekends and its holidays") {
    const WorkingCalendar calendar = christmas_2026();
    CHECK(calendar.is_working_day(date::local_days{2026_y / 12 / 24}));
    CHECK_FALSE(calendar.is_working_day(date::local_days{2026_y / 12 / 25}));  // holiday
    CHECK_FALSE(calendar.is_working_day(date::local_days{2026_y / 12 / 27}));  // Sunday
    CHECK_FALSE(calendar.is_working_day(date::local_days{2026_y / 12 / 28}));  // substitute day
    CHECK(calendar.is_working_day(date::local_days{2026_y / 12 / 29}));
    CHECK(calendar.covers(2026_y));
    CHECK_FALSE(calendar.covers(2027_y));
    CHECK_FALSE(WorkingCalendar{}.covers(2026_y));
}

TEST_CASE("a working-day timescale skips the calendar's holidays; an hours timescale does not") {
    const Timestamp thursday_24th = local_to_utc("2026-12-24", 15, 0, "Europe/London");
    // Without holidays: Friday 25th is the working day.
    CHECK(to_iso8601(recording_due_at(thursday_24th, {0, 1}, "Europe/London")) == "2026-12-26T00:00:00Z");
    // With them: Tuesday 29th.
    CHECK(to_iso8601(recording_due_at(thursday_24th, {0, 1}, "Europe/London", christmas_2026())) ==
          "2026-12-30T00:00:00Z");
    CHECK(to_iso8601(recording_due_at(thursday_24th, {0, 2}, "Europe/London", christmas_2026())) ==
          "2026-12-31T00:00:00Z");
    // 24 hours are 24 hours, holiday or not: the agreement chose hours.
    CHECK(to_iso8601(recording_due_at(thursday_24th, {24, 0}, "Europe/London", christmas_2026())) ==
          "2026-12-25T15:00:00Z");
}
