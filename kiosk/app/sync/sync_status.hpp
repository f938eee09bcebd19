#pragma once
// What the status line of the staff and coordinator faces says about sync (sync_status_text.hpp
// puts it in words): how many records are unsent, and when the last full sync succeeded.
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

struct SyncStatus {
    std::int64_t unsent = 0;
    std::optional<core::Timestamp> last_success;
};
SyncStatus sync_status(store::Database& db);

}  // namespace kiosk::app
