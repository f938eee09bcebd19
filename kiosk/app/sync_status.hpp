#pragma once
// The sync part of every face's status line: "3 unsent · last sync 16:02".
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

// Written after a full sync that left nothing queued and pulled every page.
void record_successful_sync(store::Database& db, core::Timestamp at);
std::optional<core::Timestamp> last_successful_sync(store::Database& db);
// English, for the command line and logs; screens use sync_status_text (sync_status_text.hpp).
std::string sync_status_line(store::Database& db, const std::string& time_zone);

struct SyncStatus {
    std::int64_t unsent = 0;
    std::optional<core::Timestamp> last_success;
};
SyncStatus sync_status(store::Database& db);

}  // namespace kiosk::app
