// Issue #16, item 6: working-day timescales skip the public holidays of the venue's region,
// read from the real files in assets/holidays (which an operator can edit without a rebuild).
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>

#include "kiosk/app/config.hpp"
#include "kiosk/app/holiday_file.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/core/due_dates.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/holiday_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using Catch::Matchers::ContainsSubstring;

namespace {
const std::filesystem::path kAssets{KIOSK_DEFAULT_ASSETS_DIR};

core::WorkingCalendar calendar_of(const std::string& region) {
    testing::TestStore t;
    app::Config config;
    config.assets_dir = kAssets;
    config.holiday_region = region;
    app::install_holidays(t.db, config, testing::kDemoNow);
    return store::HolidayRepository(t.db).calendar();
}

// The local date on which a record of a session that ended at 15:00 on `session_day` is due,
// counting `working_days` (due by the end of that day).
std::string due_day(const core::WorkingCalendar& calendar, const std::string& session_day, int working_days,
                    const std::string& zone) {
    const auto due = core::recording_due_at(core::local_to_utc(session_day, 15, 0, zone), {0, working_days}, zone,
                                            calendar);
    return core::local_date(due - std::chrono::seconds{1}, zone);
}

void write_text(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}
}  // namespace

TEST_CASE("each region's holiday file skips its own Christmas and Easter") {
    struct Row {
        const char* region;
        const char* zone;
        const char* session_day;
        int working_days;
        const char* due;
    };
    const Row row = GENERATE(
        // Christmas 2026: Friday 25th, Boxing Day Saturday 26th, substitute Monday 28th.
        Row{"england-and-wales", "Europe/London", "2026-12-24", 1, "2026-12-29"},
        Row{"scotland", "Europe/London", "2026-12-24", 1, "2026-12-29"},
        Row{"northern-ireland", "Europe/London", "2026-12-24", 1, "2026-12-29"},
        // New Year 2027 in Scotland: 1st Friday, 2nd Saturday with its substitute Monday 4th.
        Row{"scotland", "Europe/London", "2026-12-31", 1, "2027-01-05"},
        Row{"england-and-wales", "Europe/London", "2026-12-31", 1, "2027-01-04"},
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March (not in Scotland).
        Row{"england-and-wales", "Europe/London", "2027-03-25", 1, "2027-03-30"},
        Row{"northern-ireland", "Europe/London", "2027-03-25", 1, "2027-03-30"},
        Row{"scotland", "Europe/London", "2027-03-25", 1, "2027-03-29"},
        // St Patrick's Day, Northern Ireland only.
        Row{"northern-ireland", "Europe/London", "2027-03-16", 1, "2027-03-18"},
        Row{"england-and-wales", "Europe/London", "2027-03-16", 1, "2027-03-17"},
        // United States: Christmas Day only; Good Friday is Connecticut's, not federal.
        Row{"us-federal", "America/New_York", "2026-12-24", 1, "2026-12-28"},
        Row{"us-connecticut", "America/New_York", "2026-12-24", 1, "2026-12-28"},
        Row{"us-federal", "America/New_York", "2027-03-25", 1, "2027-03-26"},
        Row{"us-connecticut", "America/New_York", "2027-03-25", 1, "2027-03-29"},
        // Thanksgiving 2026 is Thursday 26 November.
        Row{"us-federal", "America/New_York", "2026-11-25", 1, "2026-11-27"});
    INFO(row.region << " from " << row.session_day);
    CHECK(due_day(calendar_of(row.region), row.session_day, row.working_days, row.zone) == row.due);
}

TEST_CASE("installing the holiday list writes it once, and \"none\" goes back to weekends only") {
    testing::TestStore t;
    app::Config config;
    config.assets_dir = kAssets;
    const auto audit_rows = [&] { return store::AuditLog::count(t.db); };
    const auto before = audit_rows();
    app::install_holidays(t.db, config, testing::kDemoNow);
    CHECK(audit_rows() == before + 1);
    CHECK(store::HolidayRepository(t.db).stored()->region == "england-and-wales");
    app::install_holidays(t.db, config, testing::kDemoNow);  // every start: nothing changed, nothing written
    CHECK(audit_rows() == before + 1);
    config.holiday_region = "none";
    app::install_holidays(t.db, config, testing::kDemoNow);
    CHECK_FALSE(store::HolidayRepository(t.db).stored());
    CHECK(store::HolidayRepository(t.db).calendar().is_working_day(date::local_days{date::year{2026} / 12 / 25}));
}

TEST_CASE("a record's due time on the staff face skips the venue's holidays") {
    testing::TestStore t;
    const auto family = testing::add_sample_family(t.db);
    const core::Timestamp session_end = core::local_to_utc("2026-12-24", 15, 0, "Europe/London");
    {
        store::WriteTransaction tx(t.db, "test", testing::kDemoNow);
        t.db.exec("UPDATE agreement_versions SET recording_working_days = 1 WHERE id = " +
                  std::to_string(family.version));
        t.db.exec("UPDATE sessions SET starts_at = " +
                  std::to_string((session_end - std::chrono::minutes{60}).time_since_epoch().count()) +
                  ", minutes = 60 WHERE id = " + std::to_string(family.session));
        tx.audit("test.setup", "session", family.session);
        tx.commit();
    }
    const core::FixedClock clock{testing::kDemoNow};
    app::RecordService records(t.db, clock);
    CHECK(core::local_date(records.due_at(family.session), "Europe/London") == "2026-12-26");  // weekends only
    app::Config config;
    config.assets_dir = kAssets;
    app::install_holidays(t.db, config, testing::kDemoNow);
    CHECK(core::local_date(records.due_at(family.session), "Europe/London") == "2026-12-30");  // end of Tue 29th
}

TEST_CASE("a holiday file that is broken, hostile or missing is refused with the file named") {
    testing::TempDir dir;
    std::filesystem::create_directories(dir / "holidays");
    app::Config config;
    config.assets_dir = dir.path();
    const auto file = dir / "holidays" / "test-region.toml";
    config.holiday_region = "test-region";
    const std::string head = "name = \"Test\"\nfirst_year = 2026\nlast_year = 2026\n";
    struct Case {
        std::string text;
        const char* says;
    };
    const Case c = GENERATE_COPY(
        Case{"name = [", "is not valid TOML"},
        Case{"first_year = 2026\nlast_year = 2026\n[[holiday]]\ndate = 2026-12-25\nname = \"X\"\n", "short name"},
        Case{"name = \"Test\"\n[[holiday]]\ndate = 2026-12-25\nname = \"X\"\n", "first_year and last_year"},
        Case{"name = \"Test\"\nfirst_year = 1e300\nlast_year = 2026\n", "first_year and last_year"},
        Case{"name = \"Test\"\nfirst_year = 2026\nlast_year = 4294969322\n", "first_year and last_year"},
        Case{head, "lists no [[holiday]]"},
        Case{head + "[[holiday]]\ndate = \"next Friday\"\nname = \"X\"\n", "without a date"},
        Case{head + "[[holiday]]\ndate = 2026-12-25\n", "without a date"},
        Case{head + std::string(600 * 1024, '#'), "larger than"});
    write_text(file, c.text);
    testing::TestStore t;
    CHECK_THROWS_WITH(app::install_holidays(t.db, config, testing::kDemoNow),
                      ContainsSubstring(file.string()) && ContainsSubstring(c.says));
    CHECK_FALSE(store::HolidayRepository(t.db).stored());
}

TEST_CASE("more holidays than any list has are refused, and an unknown region is named") {
    testing::TempDir dir;
    std::filesystem::create_directories(dir / "holidays");
    std::string text = "name = \"Test\"\nfirst_year = 2000\nlast_year = 2030\n";
    for (int i = 0; i < 5001; ++i) text += "[[holiday]]\ndate = 2026-12-25\nname = \"X\"\n";
    write_text(dir / "holidays" / "many.toml", text);
    app::Config config;
    config.assets_dir = dir.path();
    config.holiday_region = "many";
    testing::TestStore t;
    CHECK_THROWS_WITH(app::install_holidays(t.db, config, testing::kDemoNow), ContainsSubstring("more days"));
    config.holiday_region = "atlantis";
    CHECK_THROWS_WITH(app::install_holidays(t.db, config, testing::kDemoNow),
                      ContainsSubstring("atlantis") && ContainsSubstring("no "));
}

TEST_CASE("venue.holidays must be a plain region name, so it cannot reach outside assets/holidays") {
    const std::string base = "[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n[venue]\nholidays = ";
    CHECK(app::parse_config(base + "\"scotland\"\n", "/etc").holiday_region == "scotland");
    CHECK(app::parse_config(base + "\"none\"\n", "/etc").holiday_region == "none");
    CHECK(app::parse_config("[storage]\ndatabase = \"d/k.db\"\nkey_file = \"k/k.key\"\n", "/etc").holiday_region ==
          "england-and-wales");
    for (const char* bad : {"\"../../etc/passwd\"", "\"Scotland\"", "\"\"", "\"a/b\""}) {
        INFO(bad);
        CHECK_THROWS_AS(app::parse_config(base + bad + "\n", "/etc"), app::ConfigError);
    }
}
