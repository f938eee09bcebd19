#pragma once
// One sync: push the outbox in batches (fast lane first), then pull pages of changes. Each
// batch's answers are saved in one transaction, each pulled page with its cursor in one
// transaction, so a crash at any moment loses nothing and a retry duplicates nothing.
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/app/device_keys.hpp"
#include "kiosk/app/sync_progress.hpp"
#include "kiosk/core/time.hpp"
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
    std::vector<RecordRejection> rejections;
    std::string problem;  // why the run stopped early, in words; empty when it finished
    bool configuration_problem = false;
};

SyncSummary run_sync(store::Database& db, sync::SyncClient& client, const std::string& device_id,
                     const core::Clock& clock, SyncProgressBoard& board, const SyncOptions& options = {});

// "sent 12, already there 0, rejected 1, still queued 0"
std::string summary_line(const SyncSummary& summary);

}  // namespace kiosk::app
