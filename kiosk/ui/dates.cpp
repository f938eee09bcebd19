#include "kiosk/ui/dates.hpp"

#include <array>

#include "kiosk/core/calendar.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::ui {

namespace {

constexpr std::array<const char*, 7> kWeekdays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char*, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                              "jul", "aug", "sep", "oct", "nov", "dec"};

// `pattern` is a catalog key whose text places {weekday}, {day}, {month} and {time};
// `length` picks the short or the long names ("short" or "long").
std::string format_date(const Translator& text, const std::string& iso_date, const std::string& time,
                        const char* pattern, const std::string& length) {
    const core::DateParts parts = core::date_parts(iso_date);
    const std::string weekday = text.tr("date.weekday_" + length + "." + kWeekdays[static_cast<std::size_t>(parts.weekday)]);
    const std::string month = text.tr("date.month_" + length + "." + kMonths[static_cast<std::size_t>(parts.month - 1)]);
    const std::string day = std::to_string(parts.day);
    return fill(text.tr(pattern), {{"weekday", weekday}, {"day", day}, {"month", month}, {"time", time}});
}

}  // namespace

std::string short_date(const Translator& text, core::Timestamp t, const std::string& time_zone) {
    return format_date(text, core::local_date(t, time_zone), "", "date.short", "short");
}

std::string short_date(const Translator& text, const std::string& iso_date) {
    return format_date(text, iso_date, "", "date.short", "short");
}

std::string short_date_time(const Translator& text, core::Timestamp t, const std::string& time_zone) {
    return format_date(text, core::local_date(t, time_zone), core::local_hhmm(t, time_zone), "date.short_time", "short");
}

std::string long_date_time(const Translator& text, core::Timestamp t, const std::string& time_zone) {
    return format_date(text, core::local_date(t, time_zone), core::local_hhmm(t, time_zone), "date.long_time", "long");
}

}  // namespace kiosk::ui
