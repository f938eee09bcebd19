#pragma once
// The sync status line in the screen's language, for the coordinator and staff faces:
// "3 unsent · last sync 16:02". The family face never shows it.
#include <string>

#include "kiosk/ui/i18n.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

std::string sync_status_text(store::Database& db, const std::string& time_zone, const ui::Translator& text);

}  // namespace kiosk::app
