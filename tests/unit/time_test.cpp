#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/time.hpp"

using namespace kiosk::core;

TEST_CASE("venue-local times follow the venue's clock changes") {
    // 2026-07-01 09:00 UTC is 10:00 in London (BST); 2026-12-01 09:00 UTC is 09:00 (GMT).
    CHECK(local_hhmm(from_unix(1782896400), "Europe/London") == "10:00");
    CHECK(local_hhmm(from_unix(1796115600), "Europe/London") == "09:00");
    CHECK(local_hhmm(from_unix(1796115600), "Europe/Warsaw") == "10:00");
    CHECK(to_iso8601(from_unix(1796115600)) == "2026-12-01T09:00:00Z");
    CHECK(to_iso8601(from_unix(1835481599)) == "2028-02-29T23:59:59Z");
    CHECK(to_iso8601(from_unix(-1)) == "1969-12-31T23:59:59Z");
}

TEST_CASE("a local wall time converts to UTC on both sides of a clock change") {
    CHECK(to_iso8601(local_to_utc("2026-03-28", 10, 0, "Europe/London")) == "2026-03-28T10:00:00Z");
    CHECK(to_iso8601(local_to_utc("2026-03-30", 10, 0, "Europe/London")) == "2026-03-30T09:00:00Z");
    CHECK_THROWS(local_to_utc("28/03/2026", 10, 0, "Europe/London"));
}

TEST_CASE("the local day is 23 hours long on the day the clocks go forward") {
    const auto bounds = local_day_bounds(local_to_utc("2026-03-29", 12, 0, "Europe/London"), "Europe/London");
    CHECK(bounds.end - bounds.start == std::chrono::hours{23});
    CHECK(local_date(bounds.start, "Europe/London") == "2026-03-29");
}

TEST_CASE("calendar days and ages") {
    CHECK(add_days("2026-02-27", 2) == "2026-03-01");
    CHECK(add_days("2028-02-27", 2) == "2028-02-29");
    CHECK(add_days("2026-01-01", -1) == "2025-12-31");
    CHECK(age_in_years("2019-03-14", "2026-03-13") == 6);
    CHECK(age_in_years("2019-03-14", "2026-03-14") == 7);
    CHECK(age_in_months("2026-05-20", "2026-11-19") == 5);
    CHECK(age_in_months("2026-05-20", "2026-11-20") == 6);
    CHECK(is_iso_date("2026-02-28"));
    CHECK_FALSE(is_iso_date("2026-02-30"));
    CHECK_FALSE(is_iso_date("2026-02-28junk"));
}
