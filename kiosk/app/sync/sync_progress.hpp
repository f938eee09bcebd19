#pragma once
// What a running sync is doing, for the coordinator's screen and the command line's progress
// line. The sync thread writes it; anyone may read a copy at any time.
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace kiosk::app {

struct SyncProgress {
    bool running = false;
    // "sending", "waiting to retry", "receiving changes", "forwarding upstream" (the venue hub
    // sends on to the social work team's server), "done"
    std::string step = "idle";
    std::int64_t records_total = 0;
    std::int64_t records_done = 0;
    std::uint64_t bytes_sent = 0;
    double records_per_second = 0;
    std::string last_problem;  // in words, never a token or a payload
};

class SyncProgressBoard {
public:
    SyncProgress snapshot() const {
        const std::lock_guard lock(mutex_);
        return progress_;
    }
    void update(const std::function<void(SyncProgress&)>& change) {
        std::function<void(const SyncProgress&)> listener;
        SyncProgress copy;
        {
            const std::lock_guard lock(mutex_);
            change(progress_);
            copy = progress_;
            listener = listener_;
        }
        if (listener) listener(copy);
    }
    // Called (on the sync thread) after each change: the CLI prints, the window wakes up.
    void set_listener(std::function<void(const SyncProgress&)> listener) {
        const std::lock_guard lock(mutex_);
        listener_ = std::move(listener);
    }

private:
    mutable std::mutex mutex_;
    SyncProgress progress_;
    std::function<void(const SyncProgress&)> listener_;
};

}  // namespace kiosk::app
