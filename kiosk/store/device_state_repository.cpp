#include "kiosk/store/device_state_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

std::optional<std::string> DeviceStateRepository::get(std::string_view key) {
    auto s = db_.cached("SELECT value FROM device_state WHERE key = ?");
    s.bind_all(key);
    if (!s.step()) return std::nullopt;
    return s.text(0);
}

void DeviceStateRepository::set(WriteTransaction& tx, std::string_view key, std::string_view value) {
    tx.db().cached("INSERT INTO device_state (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind_all(key, value)
        .run();
}

}  // namespace kiosk::store
