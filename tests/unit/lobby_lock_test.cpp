#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/lobby_lock.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
const Timestamp kNoon = from_unix(1795435200);

LobbyLockState wrong_times(int n, Timestamp at, bool* locked_on_last = nullptr) {
    LobbyLockState state;
    for (int i = 0; i < n; ++i) {
        const auto outcome = after_wrong_code(state, at);
        state = outcome.state;
        if (locked_on_last != nullptr) *locked_on_last = outcome.locked_now;
    }
    return state;
}
}  // namespace

TEST_CASE("four wrong codes do not lock; the fifth locks for two minutes and says so once") {
    bool locked_now = false;
    CHECK_FALSE(is_locked(wrong_times(4, kNoon, &locked_now), kNoon));
    CHECK_FALSE(locked_now);
    const auto state = wrong_times(5, kNoon, &locked_now);
    CHECK(locked_now);
    CHECK(is_locked(state, kNoon + 119s));
    CHECK(lock_remaining(state, kNoon + 60s) == 60s);
    CHECK_FALSE(is_locked(state, kNoon + 120s));
}

TEST_CASE("a right code clears the count of wrong ones") {
    auto state = wrong_times(4, kNoon);
    state = after_right_code(state, kNoon);
    state = after_wrong_code(state, kNoon).state;
    CHECK_FALSE(is_locked(state, kNoon));
    CHECK(state.consecutive_wrong == 1);
}

TEST_CASE("setting the clock back does not shorten a lock") {
    const auto state = wrong_times(5, kNoon);
    CHECK(is_locked(state, kNoon - 1h));
    CHECK(lock_remaining(state, kNoon - 1h) == 120s);
}

TEST_CASE("the lock's stored form reads back exactly, and damaged text is refused") {
    const LobbyLockState state{3, kNoon + 120s, kNoon};
    const auto back = parse_lobby_lock(encode_lobby_lock(state));
    REQUIRE(back.has_value());
    CHECK(back->consecutive_wrong == 3);
    CHECK(back->locked_until == state.locked_until);
    CHECK(back->last_attempt == state.last_attempt);
    for (const char* damaged : {"", "wrong=3", "wrong=x;until=1;last=2", "wrong=3;until=1;last=2;extra",
                                "wrong=-1;until=1;last=2"}) {
        INFO(damaged);
        CHECK_FALSE(parse_lobby_lock(damaged).has_value());
    }
}
