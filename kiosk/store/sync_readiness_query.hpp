#pragma once
// What the coordinator should know before the day's-end sync: observation records still in
// draft (and whose they are), final records nobody has reviewed, and records the server
// refused with its reason. Read-only, across records, sessions, children, staff and the outbox.
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;

struct UnfinishedRecord {
    core::Id record_id = 0;
    std::string child_first_name;
    std::string author_name;  // the staff member's display name
    core::Timestamp session_start{};
    // Drafts only: who holds it now (the author unless it was handed over), and whether they
    // can still sign in; a draft held by someone who cannot needs a hand-over.
    std::string holder_name;
    bool holder_active = true;
};

struct RejectedOutboxItem {
    std::string uuid;
    std::string kind;
    std::string reason;  // the server's words, as it sent them
};

// Observation records still in draft, oldest session first.
std::vector<UnfinishedRecord> draft_records(Database& db);
// Final observation records without a coordinator's review, oldest session first.
std::vector<UnfinishedRecord> unreviewed_final_records(Database& db);
// Outbox items the server rejected, newest first.
std::vector<RejectedOutboxItem> rejected_outbox_items(Database& db);

}  // namespace kiosk::store
