#include "kiosk/app/holiday_file.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "kiosk/app/config.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
namespace fs = std::filesystem;

// A real list has about a dozen days a year; these bounds only keep a broken or hostile file
// from filling memory or the database.
constexpr std::uintmax_t kMaxFileBytes = 512 * 1024;
constexpr std::size_t kMaxDays = 5000;
constexpr std::size_t kMaxNameBytes = 120;

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

[[noreturn]] void refuse(const fs::path& file, const std::string& why) {
    throw ConfigError("the holiday file " + file.string() + " " + why);
}

std::string read_small_file(const fs::path& file) {
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error) refuse(file, "cannot be read");
    if (size > kMaxFileBytes) refuse(file, "is larger than a holiday list can be (512 KB)");
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) refuse(file, "cannot be read");
    return text.str();
}
}  // namespace

store::HolidayList load_holiday_file(const fs::path& file, const std::string& region) {
    toml::table table;
    try {
        table = toml::parse(read_small_file(file));
    } catch (const toml::parse_error& error) {
        refuse(file, "is not valid TOML (line " + std::to_string(error.source().begin.line) + ")");
    }
    store::HolidayList list;
    list.region = region;
    list.name = table["name"].value_or(std::string{});
    // Years must be TOML integers: toml++ casts a float such as 1e300 to an integer with undefined
    // overflow, and the range is checked before narrowing to int.
    const auto* first = table["first_year"].as_integer();
    const auto* last = table["last_year"].as_integer();
    const bool years_in_range = first != nullptr && last != nullptr && first->get() >= 1970 && last->get() <= 2200 &&
                                first->get() <= last->get();
    if (list.name.empty() || list.name.size() > kMaxNameBytes) refuse(file, "needs a short name");
    if (!years_in_range) {
        refuse(file, "needs first_year and last_year (the years the list is complete for)");
    }
    list.first_year = static_cast<int>(first->get());
    list.last_year = static_cast<int>(last->get());
    const auto* days = table["holiday"].as_array();
    if (days == nullptr) refuse(file, "lists no [[holiday]] entries");
    if (days->size() > kMaxDays) refuse(file, "lists more days than a holiday list can have");
    std::set<std::string> seen;
    for (const auto& entry : *days) {
        const auto* holiday = entry.as_table();
        const auto when = holiday ? (*holiday)["date"].value<toml::date>() : std::nullopt;
        const auto name = holiday ? (*holiday)["name"].value<std::string>() : std::nullopt;
        if (!when || !name || name->empty() || name->size() > kMaxNameBytes) {
            refuse(file, "has a [[holiday]] without a date (like 2026-12-25) and a short name");
        }
        const std::string day = std::to_string(when->year) + "-" + two_digits(when->month) + "-" + two_digits(when->day);
        if (!core::is_iso_date(day)) refuse(file, "has a date that does not exist: " + day);
        if (seen.insert(day).second) list.days.emplace_back(day, *name);
    }
    std::sort(list.days.begin(), list.days.end());
    return list;
}

void install_holidays(store::Database& db, const Config& config, core::Timestamp now) {
    store::HolidayRepository holidays(db);
    if (config.holiday_region == "none") {
        if (!holidays.stored()) return;
        store::WriteTransaction tx(db, "system", now);
        holidays.clear(tx);
        tx.commit();
        return;
    }
    const fs::path file = config.assets_dir / "holidays" / (config.holiday_region + ".toml");
    if (!fs::exists(file)) {
        throw ConfigError("venue.holidays names \"" + config.holiday_region + "\", but there is no " + file.string());
    }
    const store::HolidayList list = load_holiday_file(file, config.holiday_region);
    if (holidays.stored() == list) return;  // the usual start: nothing to write, no audit row
    store::WriteTransaction tx(db, "system", now);
    holidays.replace(tx, list);
    tx.commit();
}

}  // namespace kiosk::app
