#pragma once
// One cycle of the continuous sync inside a venue (issue #13, item 3): push what is queued (the
// outbox and the replication journal), then wait on the server's feed (a long poll) and apply
// what comes. Keeps its database connection and its HTTPS connection between cycles, so a
// check-in goes out without a new TLS handshake.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_connection.hpp"
#include "kiosk/app/sync/sync_progress.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/store/database.hpp"

namespace kiosk::app {

struct CycleResult {
    std::int64_t pushed = 0;           // records and snapshots the server answered for
    std::int64_t pulled_changes = 0;
    bool waited = false;               // the cycle long-polled the feed
    bool interrupted = false;          // the wait ended because something was queued here
    bool busy = false;                 // another sync of this database held the lock
    std::string problem;               // why the cycle stopped early; empty when it went through
    bool configuration_problem = false;
};

class VenueSync {
public:
    // Throws CommandError when the settings are incomplete (as sync_once does).
    // `waker` (may be null) ends a wait on the feed at once when `interrupt` is set; it must
    // outlive this object.
    VenueSync(const Config& config, const core::Clock& clock, const std::atomic<bool>* cancel,
              const std::atomic<bool>* interrupt, SyncTuning tuning, sync::TransferWaker* waker = nullptr);

    // Pushes everything queued; then, when nothing is left to push, waits up to `long_poll` for
    // the feed (0: asks once). `on_applied` is called after each page of changes is committed.
    CycleResult cycle(std::chrono::seconds long_poll, const std::function<void()>& on_applied);

    // How much waits to be sent: outbox records and journal snapshots.
    std::int64_t queued();
    bool through_hub() const { return settings_.through_hub; }
    store::Database& database() { return db_; }

private:
    Config config_;
    const core::Clock& clock_;
    SyncSettings settings_;
    store::Database db_;
    SyncProgressBoard board_;  // its own: the coordinator's Sync screen shows the day's-end sync
    std::unique_ptr<SyncConnection> connection_;
};

}  // namespace kiosk::app
