#pragma once
// The lobby keypad's wrong-code lock, kept in device_state so a restart does not clear it.
#include "kiosk/core/lobby_lock.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class LobbyLockRepository {
public:
    explicit LobbyLockRepository(Database& db) : db_(db) {}

    // No history (or a damaged row) reads as an open keypad with no wrong codes.
    core::LobbyLockState load();
    // Saves the state with its audit row, inside the caller's transaction.
    void save(WriteTransaction& tx, const core::LobbyLockState& state);

private:
    Database& db_;
};

}  // namespace kiosk::store
