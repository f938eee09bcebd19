#include "kiosk/store/lobby_lock_repository.hpp"

#include "kiosk/store/device_state_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

namespace {
constexpr const char* kLockKey = "lobby.wrong_code_lock";
}

core::LobbyLockState LobbyLockRepository::load() {
    const auto stored = DeviceStateRepository{db_}.get(kLockKey);
    if (!stored) return {};
    return core::parse_lobby_lock(*stored).value_or(core::LobbyLockState{});
}

void LobbyLockRepository::save(WriteTransaction& tx, const core::LobbyLockState& state) {
    const std::string encoded = core::encode_lobby_lock(state);
    DeviceStateRepository{tx.db()}.set(tx, kLockKey, encoded);
    tx.audit("lobby.lock_state", "device_state", 0, encoded);
}

}  // namespace kiosk::store
