#pragma once
// The background sync: its own thread and its own database connection, so the window never
// waits for the network. The fast lane (safeguarding concerns, lobby alerts) goes out as
// soon as a try succeeds; the day's-end sync runs when the coordinator asks for it.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync_once.hpp"
#include "kiosk/app/sync_progress.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::app {

struct SyncWorkerOptions {
    std::chrono::milliseconds fast_lane_interval{15'000};
    SyncTuning tuning;
};

class SyncWorker {
public:
    SyncWorker(Config config, const core::Clock& clock, SyncWorkerOptions options = {});
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;
    ~SyncWorker();  // cancels a sync in flight and joins the thread

    void start();
    void stop();
    // The coordinator's button: a full sync (push everything, then pull) as soon as possible.
    void request_full_sync();
    SyncProgress progress() const { return board_.snapshot(); }
    // The last full sync's result, for the per-record report.
    SyncSummary last_summary() const;
    // How many full syncs have finished (or failed to start); a screen compares it with the
    // number it saw when it asked, to know that the answer in last_summary() is the new one.
    std::uint64_t full_syncs_finished() const;
    SyncProgressBoard& board() { return board_; }

private:
    void run();
    void finish_full_sync(SyncSummary summary);

    Config config_;
    const core::Clock& clock_;
    SyncWorkerOptions options_;
    SyncProgressBoard board_;
    std::atomic<bool> cancel_{false};
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool full_sync_requested_ = false;
    SyncSummary last_summary_;
    std::uint64_t full_syncs_finished_ = 0;
    std::string last_logged_problem_;  // the worker thread's own; not shared
    std::thread thread_;
};

}  // namespace kiosk::app
