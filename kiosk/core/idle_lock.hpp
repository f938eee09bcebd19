#pragma once
// The staff face locks itself after a spell without a touch (two minutes by default).
#include <chrono>

#include "kiosk/core/time.hpp"

namespace kiosk::core {

inline constexpr std::chrono::seconds kStaffIdleLock{120};

// True when the staff face must lock. A clock that jumped backwards (now before the last
// touch) also locks: we cannot tell how long the tablet lay untouched.
inline bool idle_lock_due(Timestamp last_touch, Timestamp now, std::chrono::seconds after = kStaffIdleLock) {
    return now < last_touch || now - last_touch >= after;
}

}  // namespace kiosk::core
