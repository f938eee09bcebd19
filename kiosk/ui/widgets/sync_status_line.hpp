#pragma once
// The sync part of the coordinator's and staff's status lines, in the screen's language:
// "3 unsent · last sync 16:02". The family face never shows it.
#include <cstdint>
#include <string>

#include "kiosk/ui/i18n.hpp"

namespace kiosk::ui {

// `last_sync_hhmm` empty: no full sync has succeeded yet ("never").
std::string sync_status_line(const Translator& text, std::int64_t unsent, const std::string& last_sync_hhmm);

}  // namespace kiosk::ui
