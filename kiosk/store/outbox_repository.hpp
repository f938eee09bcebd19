#pragma once
// The outbox: records queued for the social work team, each with its own UUID so that a
// retried delivery is recognised by the server and never stored twice.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

struct OutboxItem {
    core::Id id = 0;
    std::string uuid;
    std::string kind;
    core::Id entity_id = 0;
    core::Timestamp created_at{};
    bool fast_lane = false;
    std::string payload;
    int attempts = 0;
    int schema = 1;  // the payload's "schema" (1 when it names none), read by SQLite's JSON functions
};

// How far a sync has read each lane, so the next batch can be read while the one before it is
// still on its way. Two positions, so that a safeguarding concern queued meanwhile still goes
// in the next batch rather than after the rest of the day's records.
struct OutboxCursor {
    core::Id fast_lane_after = 0;  // the last fast-lane item taken
    core::Id normal_after = 0;     // the last other item taken
    void passed(const OutboxItem& item);
};

// How the server settled records that arrived.
enum class Delivery { Stored, AlreadyStored };

// Whether the answer to a push is also the social work team's receipt (a device sending to it
// directly), or the receipt follows through the venue hub's feed (docs/sync-api.md, "Receipts").
enum class UpstreamReceipt { WithThisAnswer, FromTheHub };

// A record the server refused, as the device keeps it.
struct RejectedRecord {
    std::string uuid;
    std::string kind;
    std::string reason;
};

struct OutboxCounts {
    std::int64_t queued = 0;
    std::int64_t sent = 0;
    std::int64_t rejected = 0;
};

class OutboxRepository {
public:
    explicit OutboxRepository(Database& db) : db_(db) {}

    // The oldest queued items, fast lane first; with `after`, only those it has not passed.
    std::vector<OutboxItem> next_batch(int limit, bool fast_lane_only = false, OutboxCursor after = {});
    // Marks a batch's delivered records sent in one statement with one audit row listing them:
    // per-record rows made the audit chain the slowest part of a day's-end sync.
    // AlreadyStored: an earlier try arrived but its answer was lost; delivered all the same.
    void mark_delivered(WriteTransaction& tx, const std::vector<std::string>& uuids, Delivery how,
                        UpstreamReceipt receipt = UpstreamReceipt::WithThisAnswer);
    void mark_sent(WriteTransaction& tx, const std::string& uuid);
    void mark_rejected(WriteTransaction& tx, const std::string& uuid, const std::string& reason);
    // Puts records the server rejected back in the queue (an operator's decision, e.g. after
    // the server's cause was mended); `uuids` empty: every rejected record. One audit row names
    // them. Returns how many went back; uuids that are not rejected are left alone.
    std::int64_t requeue_rejected(WriteTransaction& tx, const std::vector<std::string>& uuids);
    std::vector<RejectedRecord> rejected();
    OutboxCounts counts();
    // Queued records per kind, for the day's-end screen and the sync summary.
    std::vector<std::pair<std::string, std::int64_t>> queued_by_kind();
    // Delivered to the venue hub, the upstream's receipt not back yet (kept in full until it is).
    std::int64_t awaiting_receipt();
    // Queued records of the fast lane (safeguarding concerns, lobby alerts).
    std::int64_t queued_fast_lane();

private:
    Database& db_;
};

}  // namespace kiosk::store
