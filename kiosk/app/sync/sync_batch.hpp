#pragma once
// One push batch: what it carries (outbox records and replication-journal snapshots), how it is
// read from the store in send order, and how the server's answers to it are saved. Used by the
// pipelined push in sync_run.cpp.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kiosk/app/sync/sync_run.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "sync/client/sync_client.hpp"

namespace kiosk::app {

// Where a batch reader has got to: the outbox's two lanes and the journal.
struct PushCursor {
    store::OutboxCursor outbox;
    core::Id journal_after = 0;
};

// A message of a batch, from the outbox (a record) or the journal (a snapshot).
struct Sendable {
    std::string uuid;
    std::string kind;
    int schema = 1;
    core::Timestamp created_at{};
    std::string payload;
    bool snapshot = false;
    // Where it was read from, so a batch's cursor passes exactly what the batch took.
    core::Id outbox_id = 0;
    bool fast_lane = false;
    core::Id journal_seq = 0;
};

struct Batch {
    std::optional<sync::PreparedPush> request;  // none when every message of it was refused
    std::map<std::string, std::string> kinds;                     // uuid -> kind, for rejection reports
    std::set<std::string> snapshots;                              // uuids that are journal snapshots
    std::vector<std::pair<std::string, std::string>> unsendable;  // uuid, reason: refused before sending
    PushCursor read_to;                                           // the cursor past this batch's items
    std::int64_t audit_head_seq = 0;                              // the audit row this batch showed as newest
};

// The next messages to send after `after`: the fast lane first, then (unless fast_lane_only)
// the journal's snapshots, oldest change first with parents before children, then the rest of
// the outbox. A snapshot gets its message UUID and payload here, saved on its journal row before
// it is sent.
std::vector<Sendable> read_sendables(store::Database& db, const core::Clock& clock, const SyncOptions& options,
                                     const PushCursor& after);

// As many of `items` as fit one request; the batch's read_to passes exactly those.
Batch make_batch(store::Database& db, std::vector<Sendable> items, PushCursor from, const std::string& device_id,
                 const SyncOptions& options, std::int64_t vouch_for);

// Saves the server's answers for one batch, in one transaction. Returns how many were settled.
std::int64_t save_results(store::Database& db, const core::Clock& clock, const Batch& batch,
                          const std::vector<sync::RecordResult>& results, const SyncOptions& options,
                          SyncSummary& summary);

}  // namespace kiosk::app
