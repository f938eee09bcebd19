#pragma once
// Small named facts about this device: the pull cursor, the last sync, the lobby keypad lock.
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::store {

class Database;
class WriteTransaction;

class DeviceStateRepository {
public:
    explicit DeviceStateRepository(Database& db) : db_(db) {}

    std::optional<std::string> get(std::string_view key);
    // Written inside the caller's transaction; the caller audits the change it belongs to.
    void set(WriteTransaction& tx, std::string_view key, std::string_view value);

private:
    Database& db_;
};

}  // namespace kiosk::store
