#include "kiosk/core/lobby_lock.hpp"

#include <algorithm>
#include <cstdio>

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

namespace kiosk::core {

std::string encode_lobby_lock(const LobbyLockState& state) {
    return "wrong=" + std::to_string(state.consecutive_wrong) +
           ";until=" + std::to_string(to_unix(state.locked_until)) +
           ";last=" + std::to_string(to_unix(state.last_attempt));
}

std::optional<LobbyLockState> parse_lobby_lock(std::string_view text) {
    long long wrong = 0;
    long long until = 0;
    long long last = 0;
    const std::string copy{text};
    int consumed = 0;
    if (std::sscanf(copy.c_str(), "wrong=%lld;until=%lld;last=%lld%n", &wrong, &until, &last, &consumed) != 3 ||
        static_cast<std::size_t>(consumed) != copy.size() || wrong < 0 || wrong > 1000) {
        return std::nullopt;
    }
    return LobbyLockState{static_cast<int>(wrong), from_unix(until), from_unix(last)};
}

}  // namespace kiosk::core
