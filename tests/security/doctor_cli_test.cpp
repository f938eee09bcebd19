// `contact-kiosk doctor`, the real executable against the real server over TLS: a healthy
// enrolled device passes, and each thing a venue's install can get wrong fails its own check
// with a line that says what to fix, and the exit code is 1.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include "kiosk/store/write_transaction.hpp"
#include "tests/security/run_command.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::StartsWith;
namespace fs = std::filesystem;

namespace {

// A device the way the package sets one up: folders 0700, key 0600, the server's CA and pin.
struct Venue {
    SyncFixture f;
    std::string server_lines;
    std::string extra_lines;

    Venue() {
        fs::permissions(f.device.database_file.parent_path(), fs::perms::owner_all);
        fs::permissions(f.device.key_file.parent_path(), fs::perms::owner_all);
        fs::permissions(f.device.key_file, fs::perms::owner_read | fs::perms::owner_write);
        f.device.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        server_lines = "[server]\nurl = \"" + f.config.server_url + "\"\ndevice_id = \"lobby-1\"\ntoken_file = \"" +
                       f.config.token_file.string() + "\"\nca_file = \"" + f.config.ca_file.string() +
                       "\"\npinned_keys = [\"" + f.pin("server.pin") + "\"]\n";
    }

    std::string config(const std::string& storage_extra = "") const {
        const fs::path file = f.device.dir / "doctor.toml";
        std::ofstream out(file);
        out << "[storage]\ndatabase = \"" << f.device.database_file.string() << "\"\nkey_file = \""
            << f.device.key_file.string() << "\"\n"
            << storage_extra << extra_lines << server_lines;
        return file.string();
    }

    CommandOutput doctor(const std::string& config_file) const {
        return run_kiosk("doctor --timeout 5 --config " + config_file);
    }
};

// The line of check `name` ("FAIL  key file: ..."), empty when there is none.
std::string line_of(const std::string& output, const std::string& name) {
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.size() > 6 && line.compare(6, name.size() + 1, name + ":") == 0) return line;
    }
    return {};
}

void require_problem(const CommandOutput& run, const std::string& name, const std::string& words) {
    INFO("doctor printed:\n" << run.output);
    CHECK(run.exit_code == 1);
    const std::string line = line_of(run.output, name);
    CHECK_THAT(line, StartsWith("FAIL  " + name + ": "));
    CHECK_THAT(line, ContainsSubstring(words));
    CHECK_THAT(line, ContainsSubstring(". Fix: "));
}

void require_ok(const CommandOutput& run, const std::vector<std::string>& names) {
    INFO("doctor printed:\n" << run.output);
    for (const auto& name : names) CHECK_THAT(line_of(run.output, name), StartsWith("ok    " + name + ": "));
}

const std::vector<std::string> kAllButDisplay{"configuration", "data folder", "key folder", "key file", "database",
                                              "clock", "time zone", "assets", "fonts", "holidays",
                                              "sync server"};

bool clock_after_test_data() { return std::chrono::system_clock::now() > kDemoNow + std::chrono::minutes{10}; }

}  // namespace

TEST_CASE("doctor passes every check but the display on a healthy enrolled device") {
    if (!clock_after_test_data()) SKIP("this machine's clock is before the test data's day");
    Venue venue;
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    const auto run = venue.doctor(venue.config());
    require_ok(run, kAllButDisplay);
    CHECK_THAT(line_of(run.output, "sync server"), ContainsSubstring("matches the pin"));
    CHECK_THAT(line_of(run.output, "sync server"), ContainsSubstring("accepts this device's token"));
    // Without a display (and with no graphics card on a test machine) that one check fails.
    if (!fs::exists("/dev/dri")) require_problem(run, "display", "no display");
}

TEST_CASE("doctor exits 0 when everything is right, display included", "[.][xvfb]") {
    if (std::getenv("DISPLAY") == nullptr) SKIP("no X display; run under xvfb-run");
    if (!clock_after_test_data()) SKIP("this machine's clock is before the test data's day");
    Venue venue;
    const auto run = venue.doctor(venue.config());
    INFO(run.output);
    CHECK(run.exit_code == 0);
    require_ok(run, kAllButDisplay);
    require_ok(run, {"display"});
    CHECK_THAT(run.output, ContainsSubstring("doctor: all 12 checks passed"));
}

TEST_CASE("doctor: a configuration that is not valid fails, and what needs it is skipped") {
    Venue venue;
    const fs::path bad = venue.f.device.dir / "bad.toml";
    std::ofstream(bad) << "[storage\ndatabase = 1\n";
    const auto run = venue.doctor(bad.string());
    require_problem(run, "configuration", "not valid TOML");
    CHECK_THAT(line_of(run.output, "database"), StartsWith("skip  database: "));
}

TEST_CASE("doctor: key and folder permissions others could use fail with the chmod to run") {
    Venue venue;
    fs::permissions(venue.f.device.key_file, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    fs::permissions(venue.f.device.key_file.parent_path(), fs::perms::others_exec, fs::perm_options::add);
    fs::permissions(venue.f.device.database_file.parent_path(), fs::perms::group_all, fs::perm_options::add);
    const auto run = venue.doctor(venue.config());
    require_problem(run, "key file", "mode 644");
    CHECK_THAT(line_of(run.output, "key file"), ContainsSubstring("chmod 600 " + venue.f.device.key_file.string()));
    require_problem(run, "key folder", "mode 701");
    require_problem(run, "data folder", "mode 770");
}

TEST_CASE("doctor: a data folder that belongs to another user fails, naming the user to run as") {
    if (::geteuid() != 0) SKIP("needs root to give the folder away");
    Venue venue;
    const fs::path folder = venue.f.device.database_file.parent_path();
    REQUIRE(::chown(folder.c_str(), 65534, 65534) == 0);  // nobody
    const auto run = venue.doctor(venue.config());
    require_problem(run, "data folder", "belongs to nobody");
    CHECK_THAT(line_of(run.output, "data folder"), ContainsSubstring("runuser -u nobody"));
    REQUIRE(::chown(folder.c_str(), 0, 0) == 0);
}

TEST_CASE("doctor: a missing database and a wrong key each fail the database check") {
    Venue venue;
    SECTION("missing") {
        const fs::path file = venue.f.device.dir / "missing.toml";
        std::ofstream(file) << "[storage]\ndatabase = \"" << (venue.f.device.dir / "data/none.db").string()
                            << "\"\nkey_file = \"" << venue.f.device.key_file.string() << "\"\n";
        require_problem(venue.doctor(file.string()), "database", "no database");
    }
    SECTION("wrong key") {
        std::ofstream(venue.f.device.key_file, std::ios::trunc) << std::string(64, 'a') << '\n';
        require_problem(venue.doctor(venue.config()), "database", "key");
    }
}

TEST_CASE("doctor: a clock set back behind the database's newest entry fails") {
    Venue venue;
    {
        const auto ahead = core::from_unix(core::to_unix(std::chrono::time_point_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now())) +
                                           86'400);
        store::WriteTransaction tx(venue.f.device.db, "system", ahead);
        tx.audit("test.clock_ahead", "venue", 0);
        tx.commit();
        venue.f.device.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto run = venue.doctor(venue.config());
    require_problem(run, "clock", "set back");
}

TEST_CASE("doctor: a venue time zone the system does not know fails") {
    Venue venue;
    venue.extra_lines = "[venue]\ntime_zone = \"Nowhere/Atlantis\"\n";
    require_problem(venue.doctor(venue.config()), "time zone", "Nowhere/Atlantis");
}

TEST_CASE("doctor: missing assets and a broken font each fail their check") {
    Venue venue;
    const fs::path assets = venue.f.device.dir / "assets";
    fs::create_directories(assets / "fonts");
    SECTION("no translations") {
        require_problem(venue.doctor(venue.config("assets = \"" + assets.string() + "\"\n")), "assets", "i18n");
    }
    SECTION("a font file that is not a font") {
        const fs::path source{KIOSK_DEFAULT_ASSETS_DIR};
        fs::copy(source / "i18n", assets / "i18n");
        fs::copy(source / "activities", assets / "activities");
        fs::copy(source / "fonts" / "DejaVuSans.ttf", assets / "fonts" / "DejaVuSans.ttf");
        std::ofstream(assets / "fonts" / "DejaVuSans-Bold.ttf") << "not a font";
        const auto run = venue.doctor(venue.config("assets = \"" + assets.string() + "\"\n"));
        require_ok(run, {"assets"});
        require_problem(run, "fonts", "DejaVuSans-Bold.ttf is missing or not a font");
    }
}

TEST_CASE("doctor: a holiday list that ends before the coming months fails, naming the year") {
    Venue venue;
    const fs::path assets = venue.f.device.dir / "assets";
    fs::copy(fs::path{KIOSK_DEFAULT_ASSETS_DIR}, assets, fs::copy_options::recursive);
    const fs::path file = assets / "holidays" / "england-and-wales.toml";
    // The packaged list cut to the years before this machine's clock.
    const int this_year = std::stoi(core::local_date(core::from_unix(std::time(nullptr)), "UTC").substr(0, 4));
    std::ofstream(file, std::ios::trunc) << "name = \"England and Wales\"\nfirst_year = " << this_year - 2
                                         << "\nlast_year = " << this_year - 1 << "\n\n[[holiday]]\ndate = "
                                         << this_year - 1 << "-12-25\nname = \"Christmas Day\"\n";
    const auto run = venue.doctor(venue.config("assets = \"" + assets.string() + "\"\n"));
    require_problem(run, "holidays", "ends with " + std::to_string(this_year - 1));
    require_ok(run, {"assets", "fonts"});
}

TEST_CASE("doctor: a venue without public holidays passes the holiday check, saying so") {
    Venue venue;
    venue.extra_lines = "[venue]\nholidays = \"none\"\n";
    const auto run = venue.doctor(venue.config());
    require_ok(run, {"holidays"});
    CHECK_THAT(line_of(run.output, "holidays"), ContainsSubstring("weekends only"));
}

TEST_CASE("doctor: each way the sync server can be wrong fails the server check") {
    Venue venue;
    SECTION("not enrolled") {
        venue.server_lines.clear();
        require_problem(venue.doctor(venue.config()), "sync server", "not enrolled");
    }
    SECTION("the server does not answer") {
        venue.f.server->stop();
        require_problem(venue.doctor(venue.config()), "sync server", "did not answer");
    }
    SECTION("the server's key is not the pinned one") {
        const std::string right = venue.f.pin("server.pin");
        venue.server_lines.replace(venue.server_lines.find(right), right.size(), venue.f.pin("backup.pin"));
        require_problem(venue.doctor(venue.config()), "sync server", "was refused");
    }
    SECTION("the server no longer knows the device's token") {
        std::ofstream(venue.f.config.token_file, std::ios::trunc) << std::string(43, 'Q') << '\n';
        require_problem(venue.doctor(venue.config()), "sync server", "does not accept this device's token");
    }
    SECTION("a token file others can read") {
        fs::permissions(venue.f.config.token_file, fs::perms::others_read, fs::perm_options::add);
        require_problem(venue.doctor(venue.config()), "sync server", "chmod 600");
    }
}

TEST_CASE("doctor: a display that cannot be opened fails") {
    Venue venue;
    ::setenv("DISPLAY", ":97", 1);  // nothing listens there
    const auto run = venue.doctor(venue.config());
    require_problem(run, "display", "cannot be opened");
    ::unsetenv("DISPLAY");
}
