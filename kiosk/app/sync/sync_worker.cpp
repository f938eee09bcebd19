#include "kiosk/app/sync/sync_worker.hpp"

#include <algorithm>
#include <memory>
#include <random>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/sync/venue_sync.hpp"
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
    : config_(std::move(config)), clock_(clock), options_(std::move(options)) {}

SyncWorker::~SyncWorker() { stop(); }

void SyncWorker::start() {
    cancel_ = false;
    thread_ = std::thread([this] { run(); });
}

void SyncWorker::stop() {
    {
        const std::lock_guard lock(mutex_);
        cancel_ = true;
    }
    waker_.wake();
    wake_.notify_all();
    progress_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void SyncWorker::request_full_sync() {
    {
        const std::lock_guard lock(mutex_);
        full_sync_requested_ = true;
    }
    interrupt_ = true;
    waker_.wake();
    wake_.notify_all();
}

void SyncWorker::nudge() {
    {
        const std::lock_guard lock(mutex_);
        nudged_ = true;
    }
    // The flag first, then the wake: the long poll, woken, finds it set.
    interrupt_ = true;
    waker_.wake();
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

bool SyncWorker::wait_until(std::uint64_t pages, std::uint64_t cycles, std::chrono::milliseconds deadline) {
    std::unique_lock lock(mutex_);
    return progress_.wait_for(lock, deadline, [&] {
        return cancel_ || (pages_applied_.load() >= pages && cycles_.load() >= cycles);
    }) && !cancel_;
}

void SyncWorker::note_progress() {
    {
        const std::lock_guard lock(mutex_);  // so a waiter cannot miss the change between check and wait
    }
    progress_.notify_all();
}

void SyncWorker::finish_full_sync(SyncSummary summary) {
    const std::lock_guard lock(mutex_);
    last_summary_ = std::move(summary);
    ++full_syncs_finished_;
}

bool SyncWorker::take_full_request() {
    const std::lock_guard lock(mutex_);
    const bool full = full_sync_requested_;
    full_sync_requested_ = false;
    return full;
}

void SyncWorker::pause(std::chrono::milliseconds how_long) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, how_long, [this] { return cancel_ || full_sync_requested_ || nudged_; });
}

void SyncWorker::full_sync() {
    try {
        SyncOptions options;
        options.on_applied = [this] {
            ++pages_applied_;
            note_progress();
            if (options_.on_applied) options_.on_applied();
        };
        // The coordinator's button: through a venue hub, the hub is asked to send on upstream.
        options.forward_upstream = true;
        SyncSummary summary = sync_once(config_, clock_, board_, options, &cancel_, options_.tuning);
        log_summary("day's-end sync", summary);
        last_logged_problem_ = summary.problem;
        finish_full_sync(std::move(summary));
    } catch (const std::exception& error) {
        log::warning(std::string{"sync cannot start: "} + error.what());
        last_logged_problem_ = error.what();
        board_.update([&](SyncProgress& p) {
            p.running = false;
            p.step = "stopped";
            p.last_problem = error.what();
        });
        SyncSummary failed;
        failed.problem = error.what();
        failed.problem_kind = SyncProblem::CannotStart;
        failed.configuration_problem = true;
        finish_full_sync(std::move(failed));
    }
}

void SyncWorker::run() {
    if (options_.continuous) {
        run_continuous();
    } else {
        run_fast_lane_only();
    }
}

void SyncWorker::run_continuous() {
    std::unique_ptr<VenueSync> venue;
    std::mt19937 jitter{std::random_device{}()};
    int failures = 0;
    const auto back_off = [&] {
        const auto longest = options_.retry_longest.count();
        const auto wait = std::min<std::int64_t>(longest, options_.retry_first.count() << std::min(failures, 16));
        // Full jitter, so a venue's devices do not all knock at once when the hub comes back.
        pause(std::chrono::milliseconds{std::uniform_int_distribution<std::int64_t>(wait / 2, wait)(jitter)});
    };
    while (!cancel_) {
        if (take_full_request()) {
            venue.reset();  // the day's-end sync takes the lock and a connection of its own
            full_sync();
            continue;
        }
        {
            const std::lock_guard lock(mutex_);
            nudged_ = false;
        }
        interrupt_ = false;
        const auto started = std::chrono::steady_clock::now();
        CycleResult result;
        try {
            if (!venue) venue = std::make_unique<VenueSync>(config_, clock_, &cancel_, &interrupt_, options_.tuning, &waker_);
            result = venue->cycle(options_.long_poll, [this] {
                ++pages_applied_;
                note_progress();
                if (options_.on_applied) options_.on_applied();
            });
        } catch (const std::exception& error) {
            result.problem = error.what();
            result.configuration_problem = true;
        }
        if (cancel_) break;
        ++cycles_;
        note_progress();
        // Every few seconds while the hub is away would bury the journal: a problem is logged when
        // it starts or changes.
        if (result.problem != last_logged_problem_) {
            if (result.problem.empty()) {
                log::notice("venue sync: the server answers again");
            } else {
                log::warning("venue sync stopped: " + result.problem);
            }
            last_logged_problem_ = result.problem;
        }
        if (!result.problem.empty()) {
            reachable_ = false;
            board_.update([&](SyncProgress& p) { p.last_problem = result.problem; });
            if (result.configuration_problem) venue.reset();
            ++failures;
            back_off();
            continue;
        }
        failures = 0;
        if (result.busy) {
            pause(std::chrono::milliseconds{1000});  // `contact-kiosk sync` in a terminal holds it
            continue;
        }
        reachable_ = true;
        if (result.interrupted) ++waits_cut_short_;
        if (result.interrupted || result.pushed > 0) continue;
        // A server that ignores `wait` answered at once with nothing: not again before the floor.
        const auto took = std::chrono::steady_clock::now() - started;
        if (result.pulled_changes == 0 && took < options_.poll_floor) {
            pause(std::chrono::duration_cast<std::chrono::milliseconds>(options_.poll_floor - took));
        }
    }
}

void SyncWorker::run_fast_lane_only() {
    while (!cancel_) {
        bool full = false;
        {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, options_.fast_lane_interval, [this] { return cancel_ || full_sync_requested_; });
            if (cancel_) return;
            full = full_sync_requested_;
            full_sync_requested_ = false;
        }
        if (full) {
            full_sync();
            continue;
        }
        try {
            // Only open a connection to the server when the fast lane has something in it.
            store::Database db = open_store(config_, clock_.now(), false);
            if (store::OutboxRepository(db).queued_fast_lane() == 0) continue;
            SyncOptions fast;
            fast.fast_lane_only = true;
            fast.pull = false;
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
        }
    }
}

}  // namespace kiosk::app
