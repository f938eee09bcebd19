#include "kiosk/app/shell/frame_pacer.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::app {

FramePacer::FramePacer(int frames_after_activity)
    : frames_after_activity_(std::max(1, frames_after_activity)) {}

void FramePacer::on_activity() { frames_owed_ = frames_after_activity_; }

void FramePacer::wake_at(double unix_seconds) {
    if (timer_ == 0.0 || unix_seconds < timer_) timer_ = unix_seconds;
}

double FramePacer::wait_seconds(double now_unix_seconds) {
    if (frames_owed_ > 0) {
        --frames_owed_;
        return 0.0;
    }
    // A timer that has come due was served by the frame just drawn.
    if (timer_ != 0.0 && timer_ <= now_unix_seconds) timer_ = 0.0;

    // Venue time zones are offset from UTC by whole minutes, so a UTC minute boundary is the
    // moment the venue-local HH:MM on screen changes.
    const double next_minute = (std::floor(now_unix_seconds / 60.0) + 1.0) * 60.0;
    double until = next_minute + kMinuteMarginSeconds;
    if (timer_ != 0.0) until = std::min(until, timer_);
    return until - now_unix_seconds;  // > 0: both deadlines lie strictly in the future
}

}  // namespace kiosk::app
