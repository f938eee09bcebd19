#include <catch2/catch_test_macros.hpp>

#include "kiosk/log/log.hpp"

using kiosk::log::Level;

TEST_CASE("a log line starts with the severity journald reads and is one line") {
    CHECK(kiosk::log::format_line(Level::Error, "sync failed: status 503") == "<3>sync failed: status 503\n");
    CHECK(kiosk::log::format_line(Level::Info, "a") == "<6>a\n");
    CHECK(kiosk::log::format_line(Level::Warning, "two\nlines\r\nhere") == "<4>two lines  here\n");
}
