#pragma once
// The background sync: its own thread and its own database connection, so the window never
// waits for the network. Inside a venue it is continuous (issue #13, item 3): whatever is queued
// (outbox records, journal snapshots) goes at once, and otherwise it waits on the server's feed
// (a long poll), applies what arrives and wakes the window. The day's-end sync runs when the
// coordinator asks for it. With the server down it backs off and keeps trying; the device keeps
// working and catches up from its cursor.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/app/sync/sync_progress.hpp"
#include "kiosk/core/time.hpp"
#include "sync/client/https_transport.hpp"

namespace kiosk::app {

struct SyncWorkerOptions {
    // Without continuous sync: how often the fast lane (concerns, lobby alerts) is looked at.
    std::chrono::milliseconds fast_lane_interval{15'000};
    SyncTuning tuning;
    bool continuous = true;
    // How long the server may hold a request for changes (GET /changes?wait=).
    std::chrono::seconds long_poll{25};
    // A server that ignores `wait` answers at once: the feed is then asked at most this often.
    std::chrono::milliseconds poll_floor{5'000};
    // Waits after a failed cycle: doubling from `retry_first` to `retry_longest`, with jitter.
    std::chrono::milliseconds retry_first{500};
    std::chrono::milliseconds retry_longest{30'000};
    // Called on the sync thread after each page of changes is committed: the window posts an
    // empty event (glfwPostEmptyEvent) so it wakes and redraws from the database.
    std::function<void()> on_applied;
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
    // Something was written here: send it now (ends a wait on the feed). Cheap; any thread.
    void nudge();
    SyncProgress progress() const { return board_.snapshot(); }
    // The last full sync's result, for the per-record report.
    SyncSummary last_summary() const;
    // How many full syncs have finished (or failed to start); a screen compares it with the
    // number it saw when it asked, to know that the answer in last_summary() is the new one.
    std::uint64_t full_syncs_finished() const;
    SyncProgressBoard& board() { return board_; }

    // Pages of changes applied so far; the faces reload what they keep when it moves.
    std::uint64_t pages_applied() const { return pages_applied_.load(); }
    // Continuous cycles finished (pushed and polled), whatever they found.
    std::uint64_t cycles() const { return cycles_.load(); }
    // Waits on the feed that a nudge ended early (something was written here meanwhile).
    std::uint64_t waits_cut_short() const { return waits_cut_short_.load(); }
    // The last exchange with the server went through (sign-in then asks the hub first).
    bool server_reachable() const { return reachable_.load(); }
    // For tests and the harness: waits until the worker has applied at least `pages` pages and
    // finished at least `cycles` cycles, or the deadline passes. Returns whether it got there.
    bool wait_until(std::uint64_t pages, std::uint64_t cycles, std::chrono::milliseconds deadline);

private:
    void run();
    void run_continuous();
    void run_fast_lane_only();
    bool take_full_request();
    void full_sync();
    void finish_full_sync(SyncSummary summary);
    // Sleeps up to `how_long`; a nudge, a full-sync request or stop() end it sooner.
    void pause(std::chrono::milliseconds how_long);
    void note_progress();

    Config config_;
    const core::Clock& clock_;
    SyncWorkerOptions options_;
    SyncProgressBoard board_;
    std::atomic<bool> cancel_{false};
    std::atomic<bool> interrupt_{false};  // ends a long poll in flight
    sync::TransferWaker waker_;           // ... at once, not at libcurl's next tick (declared before the thread)
    std::atomic<std::uint64_t> pages_applied_{0};
    std::atomic<std::uint64_t> cycles_{0};
    std::atomic<std::uint64_t> waits_cut_short_{0};
    std::atomic<bool> reachable_{false};
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable progress_;
    bool full_sync_requested_ = false;
    bool nudged_ = false;
    SyncSummary last_summary_;
    std::uint64_t full_syncs_finished_ = 0;
    std::string last_logged_problem_;  // the worker thread's own; not shared
    std::thread thread_;
};

}  // namespace kiosk::app
