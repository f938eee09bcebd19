#pragma once
// Exponential backoff with full jitter: the n-th wait is uniform in [0, min(cap, base * 2^n)].
// Jitter spreads a venue's devices out after an outage instead of having them return together.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

namespace kiosk::sync {

struct BackoffPolicy {
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{30'000};
    int max_attempts = 6;  // tries per request before this run gives up (records stay queued)
    // The longest Retry-After this run will wait; longer means "come back later".
    std::chrono::milliseconds max_retry_after{60'000};
};

class Backoff {
public:
    // `uniform01` returns a uniformly random double in [0, 1); tests pass a fixed one.
    Backoff(BackoffPolicy policy, std::function<double()> uniform01);
    // The wait before the next try, or nothing when the tries are used up. A server's
    // Retry-After replaces the computed wait (never shortened by jitter).
    std::optional<std::chrono::milliseconds> next_wait(std::optional<std::chrono::seconds> retry_after = {});
    int attempts() const { return attempts_; }

private:
    BackoffPolicy policy_;
    std::function<double()> uniform01_;
    int attempts_ = 0;
};

// A std::function<double()> backed by a random_device-seeded engine.
std::function<double()> random_unit_source();

}  // namespace kiosk::sync
