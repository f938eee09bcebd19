#pragma once
// How the coordinator face writes times, levels and names: short, plain and venue-local.
#include <string>
#include <vector>

#include "kiosk/core/supervision.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::app {

// Dates in the coordinator's language, day and month names from the catalog (ui/dates.hpp).
// "Mon 23 Nov 14:00"
std::string short_date_time(core::Timestamp t, const std::string& time_zone, const ui::Translator& text);
// "Mon 23 Nov"
std::string short_date(core::Timestamp t, const std::string& time_zone, const ui::Translator& text);
// "Monday 23 November, 10:05": the coordinator's header.
std::string long_date_time(core::Timestamp t, const std::string& time_zone, const ui::Translator& text);
// "today 16:00", "tomorrow 09:00", or short_date_time.
std::string relative_time(core::Timestamp t, core::Timestamp now, const std::string& time_zone,
                          const ui::Translator& text);
// When a deadline is due: as relative_time, but a deadline due by the end of a day (kept as the
// next midnight) is that day, without an hour.
std::string due_time(core::Timestamp due, core::Timestamp now, const std::string& time_zone,
                     const ui::Translator& text);
std::vector<std::string> level_labels(const ui::Translator& text);
std::string level_label(core::SupervisionLevel level, const ui::Translator& text);
// "Ava, 6" from a first name and date of birth; a baby's age in months, in the coordinator's
// language ("Leo, 5 mo", "Leo, 5 meses").
std::string child_with_age(const std::string& first_name, const std::string& date_of_birth, core::Timestamp now,
                           const std::string& time_zone, const ui::Translator& text);

}  // namespace kiosk::app
