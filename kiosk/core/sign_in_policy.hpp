#pragma once
// When a staff member may try a PIN again. Repeated failures slow further tries, ten in a
// row lock the account for a period, and 100 failures without a success need a coordinator
// (NIST SP 800-63B 5.2.2 caps consecutive failures at 100). The counters live in the
// database, so a restart forgets nothing, and a clock set back never shortens a wait.
#include <chrono>

#include "kiosk/core/time.hpp"

namespace kiosk::core {

struct SignInCounters {
    int failed_attempts = 0;   // failures since the last success or the last lock
    int total_failures = 0;    // failures since the last success (or a coordinator reset)
    Timestamp locked_until{};  // epoch when not locked
    Timestamp last_attempt_at{};
    // When the failures were last cleared (a right PIN, or a coordinator). Counters kept on two
    // devices merge by max only within the same reset; a later reset wins (core/merge_rules).
    Timestamp reset_at{};
};

struct SignInPolicy {
    int free_attempts = 3;                         // failures before any delay
    std::chrono::seconds first_delay{2};           // doubles with each further failure
    std::chrono::seconds longest_delay{60};
    int lock_after = 10;                           // failures in a row that lock the account
    std::chrono::seconds lock_for{std::chrono::minutes{15}};
    int coordinator_reset_after = 100;             // total failures that need a coordinator
};

enum class SignInGate {
    Open,                   // a PIN may be tried now
    Wait,                   // slowed down: try again at try_again_at
    Locked,                 // locked for a period, until try_again_at
    NeedsCoordinatorReset,  // too many failures: only a coordinator can reopen the account
};

struct SignInCheck {
    SignInGate gate = SignInGate::Open;
    Timestamp try_again_at{};
};

// May a PIN be tried at `now`?
SignInCheck check_sign_in(const SignInCounters& counters, Timestamp now, const SignInPolicy& policy = {});
// The counters after a wrong PIN at `now` (the caller has checked the gate was open).
SignInCounters after_failure(SignInCounters counters, Timestamp now, const SignInPolicy& policy = {});
// The counters after a right PIN: the failures are forgotten, the time is kept.
SignInCounters after_success(SignInCounters counters, Timestamp now);
// The delay that follows `failed_attempts` failures in a row (zero while tries are free).
std::chrono::seconds delay_after(int failed_attempts, const SignInPolicy& policy = {});

}  // namespace kiosk::core
