#pragma once
// One sync: push the outbox in batches (fast lane first), then pull pages of changes. Each
// batch's answers are saved in one transaction, each pulled page with its cursor in one
// transaction, so a crash at any moment loses nothing and a retry duplicates nothing.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/hub_forwarding.hpp"
#include "kiosk/app/sync/sync_progress.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "sync/client/sync_client.hpp"
#include "sync/client/transport_error.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct SyncOptions {
    bool fast_lane_only = false;  // safeguarding concerns and lobby alerts only, no pull
    bool pull = true;
    int max_batch_records = 500;
    std::size_t max_batch_bytes = 1024 * 1024;
    // One record alone may be larger than a batch's share, up to what the server takes in one
    // request (2 MiB of JSON, sync/server/http_limits.hpp) less room for the envelope.
    std::size_t max_record_bytes = 1536 * 1024;
    int pull_page_size = 200;
    // An enrolled device signs every record and seals the sensitive ones (record_protection).
    // Null: a device added without enrolment (tests, demo) sends plain, unsigned records.
    const DeviceKeys* keys = nullptr;
    // Issue #17: an enrolled device sends push format 2 (a batch signed once, sealed under one key
    // agreement). 1 sends the old format (a signature and a sealed box per record), which servers
    // take for one more release: for the tests that prove they do, and the benchmark beside it.
    int push_format = 2;
    // Issue #13. This device's id: its own drafts are told from other devices' copies by it.
    std::string this_device;
    // Send the replication journal's snapshots of venue state (docs/sync-api.md, "The venue").
    bool snapshots = true;
    // Through a venue hub the upstream's receipt comes later, in the feed; straight to the
    // social work team's server its answer is the receipt.
    store::UpstreamReceipt receipt = store::UpstreamReceipt::WithThisAnswer;
    // Long poll: the server may hold the first pull request this long while it has nothing newer.
    std::chrono::seconds pull_wait{0};
    // Called after each pulled page is committed (the window wakes and redraws).
    std::function<void()> on_applied;
    // Remember this run as "the last sync" (the status line's HH:MM). The continuous worker's
    // cycles do not: the day's-end sync is what a person asks about.
    bool record_success = true;
    // The coordinator's day's-end Sync (issue #13, item 5): through a venue hub, once this
    // device's outbox is there, ask the hub to forward to the social work team's server and watch
    // it (sync_once does this; run_sync itself never does).
    bool forward_upstream = false;
};

// Why a run stopped early, so a screen can say it in its own language; `problem` keeps the
// technical words for the journal and whoever looks after the devices.
enum class SyncProblem {
    None,
    Unreachable,     // no answer, a timeout, the server busy or failing: try again later
    NotTrusted,      // TLS, the pin, or the server refused this device: someone must look
    Busy,            // another sync of this device was already running
    ChangeNotSaved,  // a pulled change this database refused
    NoAnswer,        // the server answered for none of the records sent
    CannotStart,     // the device's sync settings or keys cannot be used
};

struct RecordRejection {
    std::string uuid;
    std::string kind;
    std::string reason;
};

struct SyncSummary {
    std::int64_t sent = 0;
    std::int64_t already_there = 0;
    std::int64_t rejected = 0;
    std::int64_t still_queued = 0;
    std::int64_t pulled_changes = 0;
    std::int64_t snapshots_sent = 0;     // venue state the hub now has (not records: not in `sent`)
    std::int64_t snapshots_refused = 0;
    std::int64_t receipts = 0;           // outbox records the upstream confirmed through the hub
    std::vector<RecordRejection> rejections;
    std::string problem;  // why the run stopped early, in words; empty when it finished
    SyncProblem problem_kind = SyncProblem::None;
    bool configuration_problem = false;
    bool interrupted = false;  // a long poll ended early because something was queued here
    // Set when this run asked the venue hub to forward upstream: how that went.
    std::optional<HubForwarding> hub;
};

SyncSummary run_sync(store::Database& db, sync::SyncClient& client, const std::string& device_id,
                     const core::Clock& clock, SyncProgressBoard& board, const SyncOptions& options = {});

// "sent 12, already there 0, rejected 1, still queued 0"
std::string summary_line(const SyncSummary& summary);

}  // namespace kiosk::app
