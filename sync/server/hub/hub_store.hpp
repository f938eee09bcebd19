#pragma once
// The venue hub's store: the venue's state and its change log, the upstream queue and the
// sign-in counters, in the server's SQLite file through a connection of its own (the server's
// SqliteStorage keeps the enrolments and records in the same file). A hub runs on SQLite only:
// a receiver may keep its records in PostgreSQL (issue #14), a hub may not, because its
// arrivals come from a trigger on the SQLite records table (below).
//
// Exactly once across crashes: a trigger gives every stored record its place in hub_arrivals
// inside the server's own batch transaction, and the hub applies arrivals in order, moving its
// 'applied' cursor in the same transaction as the state it writes and the upstream queue row
// it adds. A crash before that commit leaves the record to be applied again; one after leaves
// nothing to redo; an already_stored retry adds no arrival, so it is never applied twice.
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/merge_rules.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/hub/venue_rules.hpp"

namespace kiosk::sync::server::hub {

// Who is asking for a page, and what their role lets them see (hub_feed.cpp builds it).
struct FeedFilter {
    std::vector<std::string> kinds;           // kinds this role receives
    std::vector<std::string> addressed_kinds;  // of those, only what is addressed to this device (or to all)
    std::string device_id;
};

struct HubChange {
    std::int64_t seq = 0;
    std::string kind;
    std::string key;
    std::string body;  // {"kind": ..., "data": {...}}
};

struct HubPage {
    std::vector<HubChange> changes;
    std::int64_t cursor = 0;
    bool more = false;
};

// A record to send upstream, as it was stored.
struct ForwardItem {
    std::int64_t position = 0;
    StoredMessage message;
};

struct ChainHead {
    std::int64_t position = 0;
    std::string hash_hex;
};

struct ForwardCounts {
    std::int64_t queued = 0;     // not yet answered by the upstream
    std::int64_t confirmed = 0;  // stored or already_stored upstream
    std::int64_t rejected = 0;   // refused upstream (kept for an operator)
};

class HubStore {
public:
    explicit HubStore(const std::filesystem::path& database);
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;
    ~HubStore();

    // The venue a database serves as a hub, without making it one: nothing for a receiver's
    // database (or one not yet set up as a hub).
    static std::optional<std::int64_t> venue_of(const std::filesystem::path& database);

    // --- settings (hub_store.cpp) ---
    std::optional<std::int64_t> venue_id();
    // Fixes the venue this hub serves. Throws ServerStoreError when it already serves another.
    void set_venue(std::int64_t venue_id);
    std::int64_t last_seq();
    std::optional<nlohmann::json> entity(const std::string& kind, const std::string& key);

    // --- applying (hub_apply.cpp) ---
    // Applies every stored record not applied yet, in the order stored. Returns how many
    // entity changes it committed (0: nothing changed, nobody needs waking).
    std::size_t apply_pending(VenueRules& rules);
    std::string upstream_cursor();
    // A page of the upstream's feed, applied with its cursor in one transaction.
    std::size_t apply_upstream_page(const std::vector<nlohmann::json>& changes, const std::string& cursor,
                                    VenueRules& rules);
    // A feed file given to a hub (`contact-sync-server import` on its database: a hub with no
    // upstream gets its venue's families this way), applied as the upstream's changes are.
    std::size_t apply_import(const std::vector<nlohmann::json>& changes, VenueRules& rules);

    // --- the devices' feed (hub_feed_query.cpp) ---
    HubPage changes_after(std::int64_t after, int limit, const FeedFilter& filter);

    // --- upstream queue (hub_forward.cpp) ---
    std::vector<ForwardItem> next_forwards(std::size_t max_records, std::size_t max_bytes);
    std::optional<ChainHead> forward_head();
    std::optional<std::string> forward_hash_at(std::int64_t position);
    // The upstream's answers: rows marked answered, and a receipt change (the uuids stored or
    // already stored upstream) for each device they came from. Returns the entity changes.
    std::size_t settle_forwards(const std::vector<RecordResult>& results);
    ForwardCounts forward_counts();
    // A fast-lane message (a concern, a lobby alert) waits for the upstream: it goes at once,
    // whatever the forwarding mode (issue #13, test (d)).
    bool urgent_forward_waiting();

    // --- sign-in attempts (hub_sign_in.cpp) ---
    // Applies one checked PIN to the staff account's counters with the hub's clock and the core
    // rule (core::merge::apply_sign_in_attempt); nothing when the venue has no such account.
    // An accepted attempt changes the account's snapshot (`changed`: devices need waking).
    struct SignInResult {
        core::merge::AttemptAnswer answer;
        bool changed = false;
    };
    std::optional<SignInResult> sign_in(const std::string& staff_uuid, bool pin_was_right, core::Timestamp now,
                                        const core::SignInPolicy& policy = {});

private:
    void exec(const char* sql);
    std::size_t apply_changes(const std::vector<nlohmann::json>& changes, VenueRules& rules, const std::string* cursor);

    sqlite3* db_ = nullptr;
    std::mutex mutex_;
};

}  // namespace kiosk::sync::server::hub
