#include "kiosk/app/sync_status.hpp"

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
    return core::from_unix(std::stoll(*text));
}

std::string sync_status_line(store::Database& db, const std::string& time_zone) {
    const auto queued = store::OutboxRepository(db).counts().queued;
    const auto last = last_successful_sync(db);
    return std::to_string(queued) + " unsent \u00b7 last sync " +
           (last ? core::local_hhmm(*last, time_zone) : std::string{"never"});
}

}  // namespace kiosk::app
