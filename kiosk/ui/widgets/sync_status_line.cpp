#include "kiosk/ui/widgets/sync_status_line.hpp"

namespace kiosk::ui {

std::string sync_status_line(const Translator& text, std::int64_t unsent, const std::string& last_sync_hhmm) {
    return std::to_string(unsent) + " " + text.tr("sync_status.unsent") + " \u00b7 " + text.tr("sync_status.last_sync") +
           " " + (last_sync_hhmm.empty() ? std::string{text.tr("sync_status.never")} : last_sync_hhmm);
}

}  // namespace kiosk::ui
