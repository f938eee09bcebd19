#pragma once
// The venue's public holidays (schema v9): written from the holiday file at start-up, read by
// every working-day due-date rule.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/working_calendar.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

struct HolidayList {
    std::string region;  // 'england-and-wales'
    std::string name;    // 'England and Wales'
    int first_year = 0;
    int last_year = 0;
    std::vector<std::pair<std::string, std::string>> days;  // (YYYY-MM-DD, name), sorted by day
    bool operator==(const HolidayList&) const = default;
};

class HolidayRepository {
public:
    explicit HolidayRepository(Database& db) : db_(db) {}

    // Replaces the whole list (and audits it) when it differs from what is stored; true if it did.
    bool replace(WriteTransaction& tx, const HolidayList& list);
    // Empties the list: weekends only.
    void clear(WriteTransaction& tx);
    std::optional<HolidayList> stored();
    // Weekends and the stored holidays; weekends only when none are stored.
    core::WorkingCalendar calendar();

private:
    Database& db_;
};

}  // namespace kiosk::store
