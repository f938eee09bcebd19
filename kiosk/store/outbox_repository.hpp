#pragma once
// The outbox: records queued for the social work team, each with its own UUID so that a
// retried delivery is recognised by the server and never stored twice.
#include <cstdint>
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
};

struct OutboxCounts {
    std::int64_t queued = 0;
    std::int64_t sent = 0;
    std::int64_t rejected = 0;
};

class OutboxRepository {
public:
    explicit OutboxRepository(Database& db) : db_(db) {}

    // The oldest queued items, fast lane first.
    std::vector<OutboxItem> next_batch(int limit, bool fast_lane_only = false);
    void mark_sent(WriteTransaction& tx, const std::string& uuid);
    // The server already had it (an earlier try arrived but its answer was lost): delivered.
    void mark_already_stored(WriteTransaction& tx, const std::string& uuid);
    void mark_rejected(WriteTransaction& tx, const std::string& uuid, const std::string& reason);
    OutboxCounts counts();
    // Queued records per kind, for the day's-end screen and the sync summary.
    std::vector<std::pair<std::string, std::int64_t>> queued_by_kind();
    // Queued records of the fast lane (safeguarding concerns, lobby alerts).
    std::int64_t queued_fast_lane();

private:
    Database& db_;
};

}  // namespace kiosk::store
