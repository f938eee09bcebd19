#pragma once
// The replication journal (schema v14): entities whose state changed on this device and is still
// to reach the venue hub as a snapshot. The v14 triggers fill it; the sync worker reads it, keeps
// the message it sends on the row (so a retry after a lost answer or a crash sends the very same
// message, which the server recognises), and settles it when the server answers.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

struct JournalEntry {
    core::Id seq = 0;
    std::string kind;
    core::Id entity_id = 0;
    std::int64_t generation = 0;
    // The message on its way for this generation, if one was made.
    std::optional<std::string> message_uuid;
    std::optional<std::string> message_payload;
};

// A snapshot the server refused: its message, the entity's kind and the server's reason.
struct RefusedSnapshot {
    std::string message_uuid;
    std::string kind;
    std::string reason;
};

class ReplicationJournal {
public:
    explicit ReplicationJournal(Database& db) : db_(db) {}

    // Entries to send, oldest change first, after `after_seq`. An entry the server refused is
    // left out until its entity changes again.
    std::vector<JournalEntry> pending(int limit, core::Id after_seq = 0);
    // How many entries are waiting (the status line's "unsent" counts them with the outbox).
    std::int64_t waiting();

    // The message made for an entry's current generation, kept until the server answers.
    void keep_message(WriteTransaction& tx, const JournalEntry& entry, const std::string& message_uuid,
                      const std::string& payload);
    // The server has the messages: an entry whose entity did not change meanwhile is done; one that
    // changed again waits for a new snapshot. One audit row names them.
    void settle(WriteTransaction& tx, const std::vector<std::string>& message_uuids);
    // The server refused the message (its reason kept): not sent again until the entity changes.
    void refuse(WriteTransaction& tx, const std::string& message_uuid, const std::string& reason);
    // The snapshots the server refused, for an operator (`contact-kiosk outbox rejected`).
    std::vector<RefusedSnapshot> refused();
    // An operator sends refused snapshots again (all of them when `message_uuids` is empty): the
    // same message, so a server that took it meanwhile recognises it. A kind that never changes
    // (a call event) is otherwise never sent again. One audit row names them; returns how many.
    std::int64_t requeue_refused(WriteTransaction& tx, const std::vector<std::string>& message_uuids);
    // The entity is gone, or no longer travels as a snapshot (a draft that became final).
    void drop(WriteTransaction& tx, core::Id seq);

private:
    Database& db_;
};

}  // namespace kiosk::store
