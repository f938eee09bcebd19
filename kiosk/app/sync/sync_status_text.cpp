#include "kiosk/app/sync/sync_status_text.hpp"

#include "kiosk/app/sync/sync_status.hpp"
#include "kiosk/ui/widgets/sync_status_line.hpp"

namespace kiosk::app {

std::string sync_status_text(store::Database& db, const std::string& time_zone, const ui::Translator& text) {
    const SyncStatus status = sync_status(db);
    return ui::sync_status_line(text, status.unsent,
                                status.last_success ? core::local_hhmm(*status.last_success, time_zone) : std::string{});
}

}  // namespace kiosk::app
