// The sign-in slow-down and lock: table-driven over a sequence of failures, and the clock
// set back, which must never shorten a wait.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/sign_in_policy.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
const Timestamp t0 = from_unix(1795428300);

SignInCounters fail_times(int n, Timestamp& now, const SignInPolicy& policy = {}) {
    SignInCounters c;
    for (int i = 0; i < n; ++i) {
        const auto gate = check_sign_in(c, now, policy);
        if (gate.gate != SignInGate::Open) now = gate.try_again_at;  // wait as told, then try
        c = after_failure(c, now, policy);
    }
    return c;
}
}  // namespace

TEST_CASE("the delay after each failure grows from the fourth and is capped") {
    struct Row {
        int failures;
        std::chrono::seconds delay;
    };
    for (const Row row : {Row{0, 0s}, Row{1, 0s}, Row{3, 0s}, Row{4, 2s}, Row{5, 4s}, Row{6, 8s}, Row{8, 32s},
                          Row{9, 60s}, Row{20, 60s}}) {
        INFO(row.failures << " failures");
        CHECK(delay_after(row.failures) == row.delay);
    }
}

TEST_CASE("after a slowed failure the next try must wait, and may go once the delay passed") {
    Timestamp now = t0;
    const SignInCounters c = fail_times(5, now);
    const auto gate = check_sign_in(c, now);
    CHECK(gate.gate == SignInGate::Wait);
    CHECK(gate.try_again_at == now + 4s);
    CHECK(check_sign_in(c, now + 3s).gate == SignInGate::Wait);
    CHECK(check_sign_in(c, now + 4s).gate == SignInGate::Open);
}

TEST_CASE("ten failures in a row lock the account for the lock period") {
    Timestamp now = t0;
    const SignInCounters c = fail_times(10, now);
    const auto gate = check_sign_in(c, now + 1min);
    CHECK(gate.gate == SignInGate::Locked);
    CHECK(gate.try_again_at == now + 15min);
    CHECK(check_sign_in(c, now + 15min).gate == SignInGate::Open);
    CHECK(c.total_failures == 10);
}

TEST_CASE("nine failures do not lock") {
    Timestamp now = t0;
    const SignInCounters c = fail_times(9, now);
    CHECK(check_sign_in(c, now + 1h).gate == SignInGate::Open);
}

TEST_CASE("setting the clock back does not end a lock or a wait early") {
    Timestamp now = t0;
    const SignInCounters locked = fail_times(10, now);
    // The clock is put back a day: the lock still runs its full 15 minutes of real time.
    CHECK(check_sign_in(locked, now - 24h).gate == SignInGate::Locked);
    CHECK(check_sign_in(locked, now - 24h).try_again_at == now + 15min);

    Timestamp later = t0;
    const SignInCounters slowed = fail_times(6, later);
    CHECK(check_sign_in(slowed, later - 1h).gate == SignInGate::Wait);
    // A failure recorded under a clock set back does not move the last attempt backwards.
    CHECK(after_failure(slowed, later - 1h).last_attempt_at == later);
}

TEST_CASE("a success clears the failures") {
    Timestamp now = t0;
    const SignInCounters c = after_success(fail_times(7, now), now + 1h);
    CHECK(c.failed_attempts == 0);
    CHECK(c.total_failures == 0);
    CHECK(check_sign_in(c, now + 1h).gate == SignInGate::Open);
}

TEST_CASE("one hundred failures without a success need a coordinator, however long one waits") {
    Timestamp now = t0;
    const SignInCounters c = fail_times(100, now);
    CHECK(c.total_failures == 100);
    CHECK(check_sign_in(c, now + 24h * 365).gate == SignInGate::NeedsCoordinatorReset);
    Timestamp again = t0;
    const SignInCounters ninety_nine = fail_times(99, again);
    CHECK(check_sign_in(ninety_nine, again + 1h).gate == SignInGate::Open);
}
