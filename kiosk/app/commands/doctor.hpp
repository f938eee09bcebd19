#pragma once
// `contact-kiosk doctor`: what a venue's install needs, checked one thing at a time, each
// answered in one plain line that says what to fix. Nothing is changed: the database is opened
// without being created, the server is asked only read-only questions.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/config.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::app {

enum class CheckStatus { Ok, Problem, Skipped };

struct DoctorCheck {
    std::string name;    // "configuration", "key file", ...
    CheckStatus status = CheckStatus::Ok;
    std::string detail;  // what was found, in words
    std::string fix;     // what to do about it (problems only)
};

struct DoctorOptions {
    std::string config_option;  // --config, empty: the usual lookup (choose_config)
    std::chrono::seconds server_timeout{10};
};

// Runs every check in order; a check that needs an earlier one that failed is Skipped.
std::vector<DoctorCheck> run_doctor(const DoctorOptions& options, const core::Clock& clock);

// "ok    configuration: ..." / "FAIL  key file: ... Fix: ..." / "skip  database: ..."
std::string format_check(const DoctorCheck& check);

// What the database check learnt, for the clock and time zone checks after it.
struct DatabaseFacts {
    bool opened = false;
    std::string venue_time_zone;                 // the venue's, from the database
    std::optional<core::Timestamp> newest_entry;  // the newest audit row's time
};

// The checks one by one, for run_doctor (doctor.cpp, doctor_files.cpp, doctor_connections.cpp).
DoctorCheck check_configuration(const std::string& config_option, Config& config_out, bool& usable);
std::vector<DoctorCheck> check_data_files(const Config& config);  // data folder, key folder, key file
DoctorCheck check_database(const Config& config, const core::Clock& clock, DatabaseFacts& facts);
DoctorCheck check_clock(const core::Clock& clock, const DatabaseFacts& facts);
DoctorCheck check_time_zone(const Config& config, const DatabaseFacts& facts, const core::Clock& clock);
DoctorCheck check_assets(const Config& config);
DoctorCheck check_fonts(const Config& config);
DoctorCheck check_holidays(const Config& config, const core::Clock& clock);  // coverage of the coming months
DoctorCheck check_server(const Config& config, std::chrono::seconds timeout);
DoctorCheck check_display();

// Small builders shared by the check files.
DoctorCheck ok_check(std::string name, std::string detail);
DoctorCheck problem(std::string name, std::string detail, std::string fix);
DoctorCheck skipped(std::string name, std::string why);

}  // namespace kiosk::app
