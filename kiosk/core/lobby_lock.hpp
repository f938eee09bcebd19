#pragma once
// Wrong visit codes at the lobby: five in a row lock the keypad for two minutes and alert
// staff. The state is stored so a restart does not clear it, and a clock set back cannot
// shorten a lock.
#include <optional>
#include <string>
#include <string_view>

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

namespace kiosk::core {

// The stored form of the lock ("wrong=2;until=1795428300;last=1795428200"), for device_state.
std::string encode_lobby_lock(const LobbyLockState& state);
// Nothing when the text is not a lock state (a damaged row is treated as no lock history).
std::optional<LobbyLockState> parse_lobby_lock(std::string_view text);

}  // namespace kiosk::core
