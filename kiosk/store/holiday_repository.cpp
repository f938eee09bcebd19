#include "kiosk/store/holiday_repository.hpp"

#include <sstream>

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
date::local_days parse_day(const std::string& iso) {
    std::istringstream in{iso};
    date::local_days day{};
    in >> date::parse("%Y-%m-%d", day);
    return day;
}
}  // namespace

bool HolidayRepository::replace(WriteTransaction& tx, const HolidayList& list) {
    if (stored() == list) return false;
    tx.db().exec("DELETE FROM public_holidays");
    tx.db().cached("INSERT INTO holiday_calendar (id, region, name, first_year, last_year) VALUES (1, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET region = excluded.region, name = excluded.name, "
                   "first_year = excluded.first_year, last_year = excluded.last_year")
        .bind_all(list.region, list.name, list.first_year, list.last_year)
        .run();
    for (const auto& [day, name] : list.days) {
        tx.db().cached("INSERT INTO public_holidays (day, name) VALUES (?, ?)").bind_all(day, name).run();
    }
    tx.audit("holidays.replaced", "holiday_calendar", static_cast<core::Id>(list.days.size()), list.region);
    return true;
}

void HolidayRepository::clear(WriteTransaction& tx) {
    tx.db().exec("DELETE FROM public_holidays");
    tx.db().exec("DELETE FROM holiday_calendar");
    tx.audit("holidays.cleared", "holiday_calendar", 0);
}

std::optional<HolidayList> HolidayRepository::stored() {
    auto head = db_.cached("SELECT region, name, first_year, last_year FROM holiday_calendar WHERE id = 1");
    if (!head.step()) return std::nullopt;
    HolidayList list{.region = head.text(0), .name = head.text(1), .first_year = head.integer(2),
                     .last_year = head.integer(3), .days = {}};
    auto days = db_.cached("SELECT day, name FROM public_holidays ORDER BY day");
    while (days.step()) list.days.emplace_back(days.text(0), days.text(1));
    return list;
}

core::WorkingCalendar HolidayRepository::calendar() {
    const auto list = stored();
    if (!list) return {};
    std::set<date::local_days> days;
    for (const auto& entry : list->days) days.insert(parse_day(entry.first));
    return core::WorkingCalendar(list->name, std::move(days), list->first_year, list->last_year);
}

}  // namespace kiosk::store
