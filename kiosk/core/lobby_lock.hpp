#pragma once
// Wrong visit codes at the lobby: five in a row lock the keypad for two minutes and alert
// staff. The state is stored so a restart does not clear it, and a clock set back cannot
// shorten a lock.
#include "kiosk/core/time.hpp"

namespace kiosk::core {

struct LobbyLockPolicy {
    int wrong_codes_before_lock = 5;
    std::chrono::seconds lock_for{120};
};

struct LobbyLockState {
    int consecutive_wrong = 0;
    Timestamp locked_until{};
    Timestamp last_attempt{};
};

struct WrongCodeOutcome {
    LobbyLockState state;
    bool locked_now = false;  // this attempt started a lock: raise the staff alert
};

bool is_locked(const LobbyLockState& state, Timestamp now);
// Seconds left on the lock (0 when open).
std::chrono::seconds lock_remaining(const LobbyLockState& state, Timestamp now);
WrongCodeOutcome after_wrong_code(const LobbyLockState& state, Timestamp now, const LobbyLockPolicy& policy = {});
LobbyLockState after_right_code(const LobbyLockState& state, Timestamp now);

}  // namespace kiosk::core
