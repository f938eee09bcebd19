#include "kiosk/app/sync_worker.hpp"

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/log/log.hpp"
#include "kiosk/store/outbox_repository.hpp"

namespace kiosk::app {
namespace {

// Counts and the problem in words for the journal; never a record's contents or a reason the
// server gave for one record (those can quote what was sent).
void log_summary(const char* what, const SyncSummary& s) {
    std::string line = std::string{what} + ": " + summary_line(s);
    if (s.pulled_changes > 0) line += ", pulled " + std::to_string(s.pulled_changes) + " changes";
    if (s.problem.empty()) {
        log::notice(line);
    } else {
        log::warning(line + "; stopped: " + s.problem);
    }
}

}  // namespace

SyncWorker::SyncWorker(Config config, const core::Clock& clock, SyncWorkerOptions options)
    : config_(std::move(config)), clock_(clock), options_(options) {}

SyncWorker::~SyncWorker() { stop(); }

void SyncWorker::start() {
    cancel_ = false;
    thread_ = std::thread([this] { run(); });
}

void SyncWorker::stop() {
    cancel_ = true;
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void SyncWorker::request_full_sync() {
    {
        const std::lock_guard lock(mutex_);
        full_sync_requested_ = true;
    }
    wake_.notify_all();
}

SyncSummary SyncWorker::last_summary() const {
    const std::lock_guard lock(mutex_);
    return last_summary_;
}

std::uint64_t SyncWorker::full_syncs_finished() const {
    const std::lock_guard lock(mutex_);
    return full_syncs_finished_;
}

void SyncWorker::finish_full_sync(SyncSummary summary) {
    const std::lock_guard lock(mutex_);
    last_summary_ = std::move(summary);
    ++full_syncs_finished_;
}

void SyncWorker::run() {
    while (!cancel_) {
        bool full = false;
        {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, options_.fast_lane_interval, [this] { return cancel_ || full_sync_requested_; });
            if (cancel_) return;
            full = full_sync_requested_;
            full_sync_requested_ = false;
        }
        try {
            if (full) {
                SyncSummary summary = sync_once(config_, clock_, board_, SyncOptions{}, &cancel_, options_.tuning);
                log_summary("day's-end sync", summary);
                last_logged_problem_ = summary.problem;
                finish_full_sync(std::move(summary));
                continue;
            }
            // Only open a connection to the server when the fast lane has something in it.
            store::Database db = open_store(config_, clock_.now(), false);
            if (store::OutboxRepository(db).queued_fast_lane() == 0) continue;
            SyncOptions fast{.fast_lane_only = true, .pull = false};
            const SyncSummary summary = sync_once(config_, clock_, board_, fast, &cancel_, options_.tuning);
            // Every 15 s while the server is away would bury the journal: a problem is logged
            // when it starts or changes, and the fast lane's sends as they happen.
            if (summary.sent > 0 || summary.rejected > 0 || summary.problem != last_logged_problem_) {
                log_summary("fast-lane sync", summary);
                last_logged_problem_ = summary.problem;
            }
        } catch (const std::exception& error) {
            if (error.what() != last_logged_problem_) {
                log::warning(std::string{"sync cannot start: "} + error.what());
                last_logged_problem_ = error.what();
            }
            // A missing setting or token: shown on the screen, tried again next time.
            board_.update([&](SyncProgress& p) {
                p.running = false;
                p.step = "stopped";
                p.last_problem = error.what();
            });
            if (full) {
                SyncSummary failed;
                failed.problem = error.what();
                failed.configuration_problem = true;
                finish_full_sync(std::move(failed));
            }
        }
    }
}

}  // namespace kiosk::app
