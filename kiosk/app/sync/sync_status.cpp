#include "kiosk/app/sync/sync_status.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/device_state_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
constexpr std::string_view kLastSyncKey = "sync.last_success";
}

void record_successful_sync(store::Database& db, core::Timestamp at) {
    store::WriteTransaction tx(db, "sync", at);
    store::DeviceStateRepository(db).set(tx, kLastSyncKey, std::to_string(core::to_unix(at)));
    tx.audit("sync.completed", "device_state", 0);
    tx.commit();
}

std::optional<core::Timestamp> last_successful_sync(store::Database& db) {
    const auto text = store::DeviceStateRepository(db).get(kLastSyncKey);
    if (!text) return std::nullopt;
    try {
        return core::from_unix(std::stoll(*text));
    } catch (const std::exception&) {
        // An unreadable value shows as "never", which is what the coordinator must act on.
        return std::nullopt;
    }
}

SyncStatus sync_status(store::Database& db) {
    return SyncStatus{.unsent = store::OutboxRepository(db).counts().queued, .last_success = last_successful_sync(db)};
}

}  // namespace kiosk::app
