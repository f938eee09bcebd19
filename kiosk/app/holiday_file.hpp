#pragma once
// The venue's public holidays from assets/holidays/<region>.toml ([venue] holidays in the
// configuration), written into the store at start-up so every working-day due date skips them.
// An operator may edit or add a file without a rebuild; a bad file is refused with one plain
// sentence, and the program does not start on a list it cannot trust.
#include <filesystem>
#include <string>

#include "kiosk/core/time.hpp"
#include "kiosk/store/holiday_repository.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct Config;

// Reads and checks one holiday file. Throws ConfigError naming the file and the fault.
store::HolidayList load_holiday_file(const std::filesystem::path& file, const std::string& region);

// Makes the store's list match config.holiday_region ("none": weekends only). Throws ConfigError
// for an unknown region or a bad file, and then changes nothing.
void install_holidays(store::Database& db, const Config& config, core::Timestamp now);

}  // namespace kiosk::app
