#include "kiosk/app/sync/sync_once.hpp"

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/sync/hub_forwarding.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/sync/sync_lock.hpp"
#include "kiosk/app/sync/sync_token.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/client/transport_error.hpp"

namespace kiosk::app {

SyncSummary sync_once(const Config& config, const core::Clock& clock, SyncProgressBoard& board,
                      const SyncOptions& options, const std::atomic<bool>* cancel, SyncTuning tuning) {
    const SyncSettings settings = load_sync_settings(config);
    // Its own connection: WAL lets the window keep reading and writing meanwhile.
    store::Database db = open_store(config, clock.now(), /*create_if_missing=*/false);
    const auto lock = SyncLock::try_acquire(config.database_file);
    if (!lock) {
        SyncSummary busy;
        busy.problem = "another sync of this device is running; try again when it has finished";
        busy.problem_kind = SyncProblem::Busy;
        store::OutboxRepository outbox(db);
        busy.still_queued = options.fast_lane_only ? outbox.queued_fast_lane() : outbox.counts().queued;
        board.update([&](SyncProgress& p) {
            p.running = false;
            p.step = "stopped";
            p.last_problem = busy.problem;
        });
        return busy;
    }
    try {
        SyncConnection connection(settings, cancel, tuning,
                                  sync::RetryObserver{[&board](const std::string& why, std::chrono::milliseconds) {
                                      board.update([&](SyncProgress& p) {
                                          p.step = "waiting to retry";
                                          p.last_problem = why;
                                      });
                                  }});
        SyncOptions with_keys = options;
        if (settings.keys) with_keys.keys = &*settings.keys;
        with_keys.this_device = settings.device_id;
        with_keys.receipt = settings.through_hub ? store::UpstreamReceipt::FromTheHub : store::UpstreamReceipt::WithThisAnswer;
        SyncSummary summary = run_sync(db, connection.client(), settings.device_id, clock, board, with_keys);
        // Through the venue's hub this device's records have only reached the hub: the
        // coordinator's Sync asks the hub to send on what it holds, and says how that went.
        if (options.forward_upstream && settings.through_hub && settings.device_role == "coordinator" &&
            summary.problem.empty()) {
            board.update([](SyncProgress& p) {
                p.running = true;
                p.step = "forwarding upstream";
            });
            summary.hub = forward_through_hub(connection.transport(), cancel);
            board.update([](SyncProgress& p) {
                p.running = false;
                p.step = "done";
            });
        }
        // A full sync that went through also renews an old token (docs/sync-api.md, "Token
        // rotation"); one that fails leaves the old token working and is tried next time.
        if (summary.problem.empty() && !options.fast_lane_only &&
            token_file_older_than(with_enrolment(config).token_file, kRotateTokenAfter)) {
            try {
                rotate_device_token(config, tuning);
            } catch (const CommandError&) {
            }
        }
        // What the server has confirmed long enough ago need not stay readable here.
        const core::Timestamp now = clock.now();
        store::WriteTransaction tx(db, "sync", now);
        if (store::purge_synced_records(tx, now - std::chrono::days{config.keep_synced_days}) > 0) tx.commit();
        return summary;
    } catch (const sync::TransportError& error) {
        throw CommandError(error.what(), kSyncExitConfiguration);
    }
}

}  // namespace kiosk::app
