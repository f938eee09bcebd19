#pragma once
// Dates in the reader's language: day and month names and their order come from the catalog
// ([date] in assets/i18n), so a Spanish or Polish screen never shows "Mon" or "November".
// Times are 24-hour HH:MM in every language.
#include <string>

#include "kiosk/core/time.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::ui {

// "Mon 23 Nov", "lun 23 nov", "pon. 23 lis"
std::string short_date(const Translator& text, core::Timestamp t, const std::string& time_zone);
// "Mon 23 Nov 14:00"
std::string short_date_time(const Translator& text, core::Timestamp t, const std::string& time_zone);
// "Monday 23 November, 10:05", "lunes 23 de noviembre, 10:05", "poniedziałek, 23 listopada, 10:05"
std::string long_date_time(const Translator& text, core::Timestamp t, const std::string& time_zone);
// The same three from a venue-local ISO date ("2026-11-23"), without a time.
std::string short_date(const Translator& text, const std::string& iso_date);

}  // namespace kiosk::ui
