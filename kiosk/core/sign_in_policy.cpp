#include "kiosk/core/sign_in_policy.hpp"

#include <algorithm>

namespace kiosk::core {
namespace {
// A clock set back must not let a wait or a lock end sooner: time never runs backwards
// from the last attempt this account saw.
Timestamp effective_now(const SignInCounters& c, Timestamp now) { return std::max(now, c.last_attempt_at); }
}  // namespace

std::chrono::seconds delay_after(int failed_attempts, const SignInPolicy& policy) {
    if (failed_attempts <= policy.free_attempts) return std::chrono::seconds{0};
    std::chrono::seconds delay = policy.first_delay;
    for (int i = policy.free_attempts + 1; i < failed_attempts && delay < policy.longest_delay; ++i) delay *= 2;
    return std::min(delay, policy.longest_delay);
}

SignInCheck check_sign_in(const SignInCounters& c, Timestamp now, const SignInPolicy& policy) {
    if (c.total_failures >= policy.coordinator_reset_after) return {SignInGate::NeedsCoordinatorReset, {}};
    const Timestamp at = effective_now(c, now);
    if (at < c.locked_until) return {SignInGate::Locked, c.locked_until};
    const Timestamp next = c.last_attempt_at + delay_after(c.failed_attempts, policy);
    if (at < next) return {SignInGate::Wait, next};
    return {SignInGate::Open, {}};
}

SignInCounters after_failure(SignInCounters c, Timestamp now, const SignInPolicy& policy) {
    const Timestamp at = effective_now(c, now);
    c.last_attempt_at = at;
    ++c.total_failures;
    ++c.failed_attempts;
    if (c.failed_attempts >= policy.lock_after) {
        c.locked_until = at + policy.lock_for;
        c.failed_attempts = 0;  // after the lock, tries start slow-free again; total keeps counting
    }
    return c;
}

SignInCounters after_success(SignInCounters c, Timestamp now) {
    c.last_attempt_at = effective_now(c, now);
    c.failed_attempts = 0;
    c.total_failures = 0;
    c.locked_until = Timestamp{};
    c.reset_at = c.last_attempt_at;
    return c;
}

}  // namespace kiosk::core
