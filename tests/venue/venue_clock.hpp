#pragma once
// The venue's time in a test: one clock every device of the venue reads, from its window and
// its sync thread at once (so it is atomic), moved only by the test.
#include <atomic>
#include <chrono>

#include "kiosk/core/time.hpp"

namespace kiosk::testing {

class VenueClock final : public core::Clock {
public:
    explicit VenueClock(core::Timestamp start) : seconds_(core::to_unix(start)) {}
    core::Timestamp now() const override { return core::from_unix(seconds_.load()); }
    void set(core::Timestamp at) { seconds_ = core::to_unix(at); }
    void advance(std::chrono::seconds by) { seconds_ += by.count(); }

private:
    std::atomic<std::int64_t> seconds_;
};

}  // namespace kiosk::testing
