#pragma once
// The only way to change state: one transaction that also appends its audit row (and its
// outbox row, if the change is to be sent). Committing without an audit row is refused,
// so no write can skip the audit chain.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/store/audit_log.hpp"

namespace kiosk::store {

class Database;

struct OutboxMessage {
    std::string kind;     // "check_in", "feedback", "alert", "observation_record", ...
    core::Id entity_id = 0;
    std::string payload;  // the encoded record, produced by the caller
    bool fast_lane = false;
    // When the record says it was made (the envelope's created_at); the transaction's time when
    // not given. Anonymous feedback gives the start of its week, not the minute it was typed.
    std::optional<core::Timestamp> created_at{};
    // The message's UUID; a fresh one when not given. A letterbox item's decision uses the item's
    // own (schema v24), so a venue stores one decision per item however many workers decided it.
    std::optional<std::string> uuid{};
};

// Makes the payload of a record from the row just written (its local id): the row's UUIDs and
// its references' are read back in the same transaction.
using PayloadFor = std::function<std::string(core::Id)>;

class WriteTransaction {
public:
    // Begins an IMMEDIATE transaction on behalf of `actor` at time `at`.
    WriteTransaction(Database& db, std::string actor, core::Timestamp at);
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction();  // rolls back unless committed

    Database& db() { return db_; }
    core::Timestamp at() const { return at_; }
    const std::string& actor() const { return actor_; }

    void audit(std::string_view action, std::string_view entity, core::Id entity_id,
               std::string_view detail = {});
    // Queues a record for the social work team; returns its UUID.
    std::string enqueue(const OutboxMessage& message);
    // While muted, writes do not enter the replication journal (schema v14): what a pull applies
    // came from the hub, and what a purge removes must not go back to it. Unmute before commit;
    // committing while muted throws, so a mute can never outlive its transaction.
    void mute_replication();
    void unmute_replication();
    bool replication_muted() const { return muted_; }
    void commit();

private:
    Database& db_;
    std::string actor_;
    core::Timestamp at_;
    int audit_rows_ = 0;
    ChainHead chain_head_;
    bool done_ = false;
    bool muted_ = false;
};

}  // namespace kiosk::store
