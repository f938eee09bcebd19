// Feedback by week (issue #16, item 9): which week a feedback belongs to at the venue, and the
// faces counted for the coordinator's chart.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/feedback_week.hpp"

using namespace kiosk::core;

TEST_CASE("a feedback belongs to the venue-local week it was given in, named by its Monday") {
    struct Case {
        std::int64_t unix_seconds;
        const char* zone;
        const char* monday;
    };
    const std::vector<Case> cases{
        {1795428300 /* 2026-11-23T10:05:00Z */, "Europe/London", "2026-11-23"},  // a Monday
        {1795996799 /* 2026-11-29T23:59:59Z */, "Europe/London", "2026-11-23"},  // the Sunday's last second
        {1795996800 /* 2026-11-30T00:00:00Z */, "Europe/London", "2026-11-30"},  // the next Monday
        // 23:30 UTC on Sunday is already Monday in Warsaw, still Sunday in Hartford.
        {1795995000 /* 2026-11-29T23:30:00Z */, "Europe/Warsaw", "2026-11-30"},
        {1796007600 /* 2026-11-30T03:00:00Z */, "America/New_York", "2026-11-23"},
        // Around the clocks going forward (London, Sunday 29 March 2026) and across a new year.
        {1774785600 /* 2026-03-29T12:00:00Z */, "Europe/London", "2026-03-23"},
        {1774830600 /* 2026-03-30T00:30:00Z */, "Europe/London", "2026-03-30"},  // 01:30 BST on the Monday
        {1798794000 /* 2027-01-01T09:00:00Z */, "Europe/London", "2026-12-28"},
    };
    for (const auto& c : cases) {
        INFO(to_iso8601(from_unix(c.unix_seconds)) << " in " << c.zone);
        CHECK(week_of(from_unix(c.unix_seconds), c.zone) == c.monday);
    }
    CHECK(to_iso8601(week_start("2026-03-30", "Europe/London")) == "2026-03-29T23:00:00Z");  // BST
    CHECK(to_iso8601(week_start("2026-11-23", "Europe/London")) == "2026-11-23T00:00:00Z");
}

TEST_CASE("faces are counted for the chart; a skipped or broken face counts as not given") {
    struct Case {
        const char* what;
        std::vector<int> faces;
        std::array<int, 5> counts;
        int not_given;
        int most;
        int mean_tenths;
    };
    const std::vector<Case> cases{
        {"none at all", {}, {0, 0, 0, 0, 0}, 0, 0, 0},
        {"all skipped", {0, 0}, {0, 0, 0, 0, 0}, 2, 0, 0},
        {"a happy week", {5, 5, 4, 5}, {0, 0, 0, 1, 3}, 0, 3, 48},
        {"mixed, one skipped", {1, 3, 0, 5}, {1, 0, 1, 0, 1}, 1, 1, 30},
        {"rounding half up", {4, 5}, {0, 0, 0, 1, 1}, 0, 1, 45},
        {"out of range rows", {7, -1, 2}, {0, 1, 0, 0, 0}, 2, 1, 20},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const FaceTally t = tally_faces(c.faces);
        CHECK(t.faces == c.counts);
        CHECK(t.not_given == c.not_given);
        CHECK(t.most() == c.most);
        CHECK(t.mean_tenths() == c.mean_tenths);
        CHECK(t.given() + t.not_given == static_cast<int>(c.faces.size()));
    }
}
