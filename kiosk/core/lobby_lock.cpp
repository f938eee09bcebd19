#include "kiosk/core/lobby_lock.hpp"

#include <algorithm>

namespace kiosk::core {

namespace {
// If the clock now reads earlier than the last attempt, it was set back: measure the lock
// from the last attempt instead, so moving the clock back never ends a lock early.
Timestamp effective_now(const LobbyLockState& state, Timestamp now) { return std::max(now, state.last_attempt); }
}  // namespace

bool is_locked(const LobbyLockState& state, Timestamp now) {
    return effective_now(state, now) < state.locked_until;
}

std::chrono::seconds lock_remaining(const LobbyLockState& state, Timestamp now) {
    if (!is_locked(state, now)) return std::chrono::seconds{0};
    return state.locked_until - effective_now(state, now);
}

WrongCodeOutcome after_wrong_code(const LobbyLockState& state, Timestamp now, const LobbyLockPolicy& policy) {
    WrongCodeOutcome out{state, false};
    const Timestamp at = effective_now(state, now);
    out.state.last_attempt = at;
    out.state.consecutive_wrong = state.consecutive_wrong + 1;
    if (out.state.consecutive_wrong >= policy.wrong_codes_before_lock) {
        out.state.locked_until = at + policy.lock_for;
        out.state.consecutive_wrong = 0;
        out.locked_now = true;
    }
    return out;
}

LobbyLockState after_right_code(const LobbyLockState& state, Timestamp now) {
    LobbyLockState next = state;
    next.consecutive_wrong = 0;
    next.last_attempt = effective_now(state, now);
    return next;
}

}  // namespace kiosk::core
