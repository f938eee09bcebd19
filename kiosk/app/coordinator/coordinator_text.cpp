#include "kiosk/app/coordinator/coordinator_text.hpp"

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/ui/dates.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::app {

std::string short_date_time(core::Timestamp t, const std::string& time_zone, const ui::Translator& text) {
    return ui::short_date_time(text, t, time_zone);
}

std::string short_date(core::Timestamp t, const std::string& time_zone, const ui::Translator& text) {
    return ui::short_date(text, t, time_zone);
}

std::string long_date_time(core::Timestamp t, const std::string& time_zone, const ui::Translator& text) {
    return ui::long_date_time(text, t, time_zone);
}

std::string relative_time(core::Timestamp t, core::Timestamp now, const std::string& time_zone,
                          const ui::Translator& text) {
    const std::string today = core::local_date(now, time_zone);
    const std::string hhmm = core::local_hhmm(t, time_zone);
    const std::string day = core::local_date(t, time_zone);
    if (day == today) return std::string(text.tr("coord.today")) + " " + hhmm;
    if (day == core::add_days(today, 1)) return std::string(text.tr("coord.tomorrow")) + " " + hhmm;
    if (day == core::add_days(today, -1)) return std::string(text.tr("coord.yesterday")) + " " + hhmm;
    return short_date_time(t, time_zone, text);
}

std::string due_time(core::Timestamp due, core::Timestamp now, const std::string& time_zone,
                     const ui::Translator& text) {
    if (core::local_hhmm(due, time_zone) != "00:00") return relative_time(due, now, time_zone, text);
    // Due by the end of a day is kept as the next day's midnight; a coordinator reads it as the
    // day itself, with no hour ("Sat 14 Nov" is due by that day's end), not as 00:00 of the next.
    const std::string today = core::local_date(now, time_zone);
    const core::Timestamp last_minute = due - std::chrono::minutes{1};
    const std::string ending = core::local_date(last_minute, time_zone);
    if (ending == today) return text.tr("coord.today");
    if (ending == core::add_days(today, 1)) return text.tr("coord.tomorrow");
    if (ending == core::add_days(today, -1)) return text.tr("coord.yesterday");
    return short_date(last_minute, time_zone, text);
}

std::vector<std::string> level_labels(const ui::Translator& text) {
    std::vector<std::string> out;
    for (const auto level : core::kAllSupervisionLevels) out.emplace_back(text.tr("coord.level." + std::string{core::to_string(level)}));
    return out;
}

std::string level_label(core::SupervisionLevel level, const ui::Translator& text) {
    return level_labels(text)[static_cast<std::size_t>(core::row_of(core::kAllSupervisionLevels, level))];
}

std::string child_with_age(const std::string& first_name, const std::string& date_of_birth, core::Timestamp now,
                           const std::string& time_zone, const ui::Translator& text) {
    if (!core::is_iso_date(date_of_birth)) return first_name;
    const std::string today = core::local_date(now, time_zone);
    const int years = core::age_in_years(date_of_birth, today);
    if (years >= 1) return first_name + ", " + std::to_string(years);
    return ui::fill(text.tr("coord.child_age_months"),
                    {{"name", first_name}, {"months", std::to_string(core::age_in_months(date_of_birth, today))}});
}

}  // namespace kiosk::app
