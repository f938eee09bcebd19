#include "kiosk/app/sync/venue_sync.hpp"

#include "kiosk/app/open_store.hpp"
#include "kiosk/app/sync/sync_lock.hpp"
#include "kiosk/app/sync/sync_run.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/replication_journal.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

VenueSync::VenueSync(const Config& config, const core::Clock& clock, const std::atomic<bool>* cancel,
                     const std::atomic<bool>* interrupt, SyncTuning tuning, sync::TransferWaker* waker)
    : config_(config),
      clock_(clock),
      settings_(load_sync_settings(config)),
      db_(open_store(config, clock.now(), /*create_if_missing=*/false)),
      connection_(std::make_unique<SyncConnection>(settings_, cancel, tuning)) {
    connection_->transport().set_interrupt(interrupt, waker);
}

std::int64_t VenueSync::queued() {
    return store::OutboxRepository(db_).counts().queued + store::ReplicationJournal(db_).waiting();
}

CycleResult VenueSync::cycle(std::chrono::seconds long_poll, const std::function<void()>& on_applied) {
    CycleResult result;
    const auto lock = SyncLock::try_acquire(config_.database_file);
    if (!lock) {
        result.busy = true;
        return result;
    }
    SyncOptions options;
    if (settings_.keys) options.keys = &*settings_.keys;
    options.this_device = settings_.device_id;
    options.receipt = settings_.through_hub ? store::UpstreamReceipt::FromTheHub : store::UpstreamReceipt::WithThisAnswer;
    options.record_success = false;
    options.on_applied = on_applied;
    // Wait on the feed only with nothing left to send; a change made meanwhile ends the wait.
    result.waited = queued() == 0 && long_poll.count() > 0;
    options.pull_wait = result.waited ? long_poll : std::chrono::seconds{0};
    const SyncSummary summary = run_sync(db_, connection_->client(), settings_.device_id, clock_, board_, options);
    result.pushed = summary.sent + summary.already_there + summary.rejected + summary.snapshots_sent +
                    summary.snapshots_refused;
    result.pulled_changes = summary.pulled_changes;
    result.interrupted = summary.interrupted;
    result.problem = summary.problem;
    result.configuration_problem = summary.configuration_problem;
    if (summary.receipts > 0 || summary.pulled_changes > 0) {
        // The upstream has more of this device's records, or the hub sent copies (schema v26):
        // plain copies may go once old enough. A copy is due by its age, so any pull is a chance.
        const core::Timestamp now = clock_.now();
        store::WriteTransaction tx(db_, "sync", now);
        if (store::purge_synced_records(tx, now - std::chrono::days{config_.keep_synced_days}) > 0) tx.commit();
    }
    return result;
}

}  // namespace kiosk::app
