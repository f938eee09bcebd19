#include "kiosk/app/commands/doctor.hpp"

#include <filesystem>
#include <system_error>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/store/audit_log.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

namespace {

// No venue ran this program before 2025: a clock earlier than that has lost its time (a
// board without a battery-backed clock, before NTP answered).
constexpr std::int64_t kEarliestSaneUnix = 1'735'689'600;  // 2025-01-01T00:00:00Z
// Entries a little in the future are a clock corrected by NTP since; more is a clock set back.
constexpr std::chrono::minutes kClockSlack{5};

std::string origin_words(const ConfigChoice& choice) {
    switch (choice.origin) {
        case ConfigOrigin::CommandLine: return " (--config)";
        case ConfigOrigin::System: return " (found without --config)";
        case ConfigOrigin::BuiltIn: break;
    }
    return "";
}

bool clock_synchronised() {
    // systemd-timesyncd touches this file once it has synchronised (systemd-timesyncd(8)).
    std::error_code error;
    return fs::exists("/run/systemd/timesync/synchronized", error);
}

}  // namespace

DoctorCheck ok_check(std::string name, std::string detail) {
    return {std::move(name), CheckStatus::Ok, std::move(detail), {}};
}

DoctorCheck problem(std::string name, std::string detail, std::string fix) {
    return {std::move(name), CheckStatus::Problem, std::move(detail), std::move(fix)};
}

DoctorCheck skipped(std::string name, std::string why) {
    return {std::move(name), CheckStatus::Skipped, std::move(why), {}};
}

std::string format_check(const DoctorCheck& check) {
    switch (check.status) {
        case CheckStatus::Ok: return "ok    " + check.name + ": " + check.detail;
        case CheckStatus::Problem: return "FAIL  " + check.name + ": " + check.detail + ". Fix: " + check.fix;
        case CheckStatus::Skipped: break;
    }
    return "skip  " + check.name + ": " + check.detail;
}

DoctorCheck check_configuration(const std::string& config_option, Config& config_out, bool& usable) {
    const ConfigChoice choice = choose_config(config_option);
    usable = false;
    if (choice.origin == ConfigOrigin::BuiltIn) {
        // The rest still runs on the built-in default, so a developer learns something too.
        config_out = resolve_config("");
        usable = true;
        return problem("configuration",
                       "no configuration file: no --config and no " + system_config_file().string() +
                           ", so the built-in default (data in " + default_data_dir().string() + ") is used",
                       "install the contact-kiosk package, which puts one in " + system_config_file().string() +
                           ", or give --config FILE");
    }
    try {
        config_out = load_config(choice.file);
    } catch (const ConfigError& error) {
        return problem("configuration", error.what(),
                       "edit " + choice.file.string() +
                           " (every key is explained in /usr/share/doc/contact-kiosk/examples/kiosk.toml)");
    }
    usable = true;
    return ok_check("configuration", choice.file.string() + " is readable and valid" + origin_words(choice) + ", " +
                                         config_out.face + " face");
}

DoctorCheck check_database(const Config& config, const core::Clock& clock, DatabaseFacts& facts) {
    std::error_code error;
    if (!fs::exists(config.database_file, error)) {
        return problem("database", "there is no database at " + config.database_file.string() + " yet",
                       "start the kiosk once (systemctl start contact-kiosk-session) or run contact-kiosk sync "
                       "after enrolling: it is made, with its key, on first use");
    }
    try {
        store::Database db = open_store(config, clock.now(), false);
        facts.opened = true;
        facts.venue_time_zone = load_venue_info(db, config).time_zone;
        const auto newest = store::AuditLog::latest(db, 1);
        if (!newest.empty()) facts.newest_entry = newest.front().entry.at;
        const auto size = fs::file_size(config.database_file, error);
        return ok_check("database", config.database_file.string() + " opens with its key, schema version " +
                                        std::to_string(db.schema_version()) +
                                        (error ? std::string{} : ", " + std::to_string(size / 1024) + " KiB"));
    } catch (const CommandError& failure) {
        return problem("database", failure.what(),
                       "restore the database and its key from the same backup (docs/install.md, \"Backups\"), "
                       "or check that storage.key_file names this database's key");
    }
}

DoctorCheck check_clock(const core::Clock& clock, const DatabaseFacts& facts) {
    const core::Timestamp now = clock.now();
    const std::string now_words = core::to_iso8601(now);
    if (core::to_unix(now) < kEarliestSaneUnix) {
        return problem("clock", "the clock says " + now_words + ", before this program existed",
                       "set the clock (timedatectl set-ntp true, or timedatectl set-time)");
    }
    if (facts.newest_entry && *facts.newest_entry > now + kClockSlack) {
        const auto behind = std::chrono::duration_cast<std::chrono::minutes>(*facts.newest_entry - now);
        return problem("clock",
                       "the clock says " + now_words + ", " + std::to_string(behind.count()) +
                           " minutes before the newest entry in the database (" +
                           core::to_iso8601(*facts.newest_entry) + "): it was set back",
                       "set the clock right (timedatectl set-ntp true); times written meanwhile would be wrong");
    }
    return ok_check("clock", now_words + (clock_synchronised()
                                              ? ", synchronised by systemd-timesyncd"
                                              : ", not known to be synchronised (systemd-timesyncd or chrony "
                                                "keeps it right)"));
}

DoctorCheck check_time_zone(const Config& config, const DatabaseFacts& facts, const core::Clock& clock) {
    const std::string zone = facts.venue_time_zone.empty() ? config.time_zone : facts.venue_time_zone;
    try {
        const auto now = clock.now();
        return ok_check("time zone", "venue time " + core::local_hhmm(now, zone) + " on " +
                                         core::local_date(now, zone) + " (" + zone + ")");
    } catch (const std::exception&) {
        return problem("time zone", "the venue's time zone \"" + zone + "\" is not in this system's time zone database",
                       "write an IANA name such as Europe/London in venue.time_zone, and install tzdata");
    }
}

std::vector<DoctorCheck> run_doctor(const DoctorOptions& options, const core::Clock& clock) {
    std::vector<DoctorCheck> checks;
    Config config;
    bool usable = false;
    checks.push_back(check_configuration(options.config_option, config, usable));
    if (!usable) {
        for (const char* name : {"data folder", "key folder", "key file", "database", "clock", "time zone", "assets",
                                 "fonts", "holidays", "sync server"}) {
            checks.push_back(skipped(name, "needs a valid configuration"));
        }
        checks.push_back(check_display());
        return checks;
    }
    for (auto& check : check_data_files(config)) checks.push_back(std::move(check));
    DatabaseFacts facts;
    checks.push_back(check_database(config, clock, facts));
    checks.push_back(check_clock(clock, facts));
    checks.push_back(check_time_zone(config, facts, clock));
    checks.push_back(check_assets(config));
    checks.push_back(check_fonts(config));
    checks.push_back(check_holidays(config, clock));
    checks.push_back(check_server(config, options.server_timeout));
    checks.push_back(check_display());
    return checks;
}

}  // namespace kiosk::app
