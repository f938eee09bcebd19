#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/due_dates.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
Timestamp utc(const char* local_date, int hour, int minute) { return local_to_utc(local_date, hour, minute, "UTC"); }
}  // namespace

TEST_CASE("a timescale in hours counts from the end of the session") {
    CHECK(to_iso8601(recording_due_at(utc("2026-11-23", 11, 0), {24, 0}, "Europe/London")) == "2026-11-24T11:00:00Z");
    CHECK(to_iso8601(recording_due_at(utc("2026-11-27", 16, 30), {48, 0}, "Europe/London")) == "2026-11-29T16:30:00Z");
}

TEST_CASE("working days skip the weekend and end at the venue's midnight") {
    struct Row {
        const char* session_end_day;
        int working_days;
        const char* due;
    };
    for (const Row row : {Row{"2026-11-23", 1, "2026-11-25T00:00:00Z"},   // Monday -> end of Tuesday
                          Row{"2026-11-27", 1, "2026-12-01T00:00:00Z"},   // Friday -> end of Monday
                          Row{"2026-11-27", 2, "2026-12-02T00:00:00Z"},   // Friday -> end of Tuesday
                          Row{"2026-11-28", 1, "2026-12-01T00:00:00Z"},   // Saturday -> end of Monday
                          Row{"2026-11-23", 5, "2026-12-01T00:00:00Z"}}) {  // Monday -> end of next Monday
        INFO(row.session_end_day << " + " << row.working_days);
        CHECK(to_iso8601(recording_due_at(utc(row.session_end_day, 15, 0), {24, row.working_days}, "Europe/London")) ==
              row.due);
    }
}

TEST_CASE("a working-day deadline across the clocks going forward is local midnight") {
    // Friday 27 March 2026 (GMT) + 1 working day = end of Monday 30 March, in BST.
    CHECK(to_iso8601(recording_due_at(utc("2026-03-27", 15, 0), {0, 1}, "Europe/London")) == "2026-03-30T23:00:00Z");
    // The venue's day, not UTC's: 23:30 UTC on Monday is already Tuesday in Warsaw.
    CHECK(to_iso8601(recording_due_at(utc("2026-11-23", 23, 30), {0, 1}, "Europe/Warsaw")) == "2026-11-25T23:00:00Z");
}

TEST_CASE("a timescale of no time is refused") {
    CHECK_THROWS_AS(recording_due_at(utc("2026-11-23", 11, 0), {0, 0}, "Europe/London"), std::invalid_argument);
}

TEST_CASE("due, due soon and overdue") {
    const Timestamp due = utc("2026-11-24", 11, 0);
    CHECK(due_status(due, due - 5h) == DueStatus::Due);
    CHECK(due_status(due, due - 4h) == DueStatus::DueSoon);
    CHECK(due_status(due, due) == DueStatus::DueSoon);
    CHECK(due_status(due, due + 1s) == DueStatus::Overdue);
    CHECK(is_late_entry(due, due + 1s));
    CHECK_FALSE(is_late_entry(due, due));
}
