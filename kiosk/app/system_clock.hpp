#pragma once
#include "kiosk/core/time.hpp"

namespace kiosk::app {

// The real clock, read only here and handed to everything else as a core::Clock.
class SystemClock final : public core::Clock {
public:
    core::Timestamp now() const override {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

}  // namespace kiosk::app
