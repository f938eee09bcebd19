#include "sync/client/backoff.hpp"

#include <algorithm>
#include <memory>
#include <random>

namespace kiosk::sync {

Backoff::Backoff(BackoffPolicy policy, std::function<double()> uniform01)
    : policy_(policy), uniform01_(std::move(uniform01)) {}

std::optional<std::chrono::milliseconds> Backoff::next_wait(std::optional<std::chrono::seconds> retry_after) {
    ++attempts_;
    if (attempts_ >= policy_.max_attempts) return std::nullopt;
    if (retry_after) {
        const auto wanted = std::chrono::duration_cast<std::chrono::milliseconds>(*retry_after);
        if (wanted > policy_.max_retry_after) return std::nullopt;
        return wanted;
    }
    const int doublings = std::min(attempts_ - 1, 20);
    const auto ceiling = std::min(policy_.cap, policy_.base * (std::int64_t{1} << doublings));
    return std::chrono::milliseconds{static_cast<std::int64_t>(static_cast<double>(ceiling.count()) * uniform01_())};
}

std::function<double()> random_unit_source() {
    auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
    return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

}  // namespace kiosk::sync
