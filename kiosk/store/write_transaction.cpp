#include "kiosk/store/write_transaction.hpp"

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/uuid.hpp"

namespace kiosk::store {
WriteTransaction::WriteTransaction(Database& db, std::string actor, core::Timestamp at)
    : db_(db), actor_(std::move(actor)), at_(at) {
    db_.exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {
            // Nothing more can be done in a destructor; the transaction is gone either way.
        }
    }
}

void WriteTransaction::audit(std::string_view action, std::string_view entity, core::Id entity_id,
                             std::string_view detail) {
    AuditLog::append(db_, AuditEntry{.at = at_,
                                     .actor = actor_,
                                     .action = std::string{action},
                                     .entity = std::string{entity},
                                     .entity_id = entity_id,
                                     .detail = std::string{detail}},
                     chain_head_);
    ++audit_rows_;
}

std::string WriteTransaction::enqueue(const OutboxMessage& message) {
    std::string uuid = message.uuid.value_or(new_uuid());
    db_.cached("INSERT INTO outbox (uuid, kind, entity_id, created_at, priority) VALUES (?, ?, ?, ?, ?)")
        .bind_all(uuid, message.kind, message.entity_id, core::to_unix(message.created_at.value_or(at_)),
                  message.fast_lane ? 1 : 0)
        .run();
    db_.cached("INSERT INTO outbox_payloads (outbox_id, payload) VALUES (?, ?)")
        .bind_all(db_.last_insert_id(), message.payload)
        .run();
    return uuid;
}

void WriteTransaction::mute_replication() {
    if (muted_) return;
    db_.cached("INSERT INTO replication_mute (id) VALUES (1)").run();
    muted_ = true;
}

void WriteTransaction::unmute_replication() {
    if (!muted_) return;
    db_.cached("DELETE FROM replication_mute").run();
    muted_ = false;
}

void WriteTransaction::commit() {
    if (muted_) {
        // A mute row left behind would keep every later change of this device from its hub.
        throw StoreError(StoreErrorKind::Invalid, "a change was about to be saved with replication still muted");
    }
    if (audit_rows_ == 0) {
        throw StoreError(StoreErrorKind::Invalid, "a change was about to be saved without its audit row");
    }
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace kiosk::store
