#include "kiosk/store/write_transaction.hpp"

#include <sodium.h>

#include <array>
#include <cstdio>

#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::store {
namespace {
// A random (version 4) UUID: the record's identity across retries and devices.
std::string random_uuid() {
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    std::array<char, 37> text{};
    std::snprintf(text.data(), text.size(),
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                  b[15]);
    return std::string(text.data(), 36);
}
}  // namespace

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
    std::string uuid = random_uuid();
    db_.cached("INSERT INTO outbox (uuid, kind, entity_id, created_at, priority) VALUES (?, ?, ?, ?, ?)")
        .bind_all(uuid, message.kind, message.entity_id, core::to_unix(message.created_at.value_or(at_)),
                  message.fast_lane ? 1 : 0)
        .run();
    db_.cached("INSERT INTO outbox_payloads (outbox_id, payload) VALUES (?, ?)")
        .bind_all(db_.last_insert_id(), message.payload)
        .run();
    return uuid;
}

void WriteTransaction::commit() {
    if (audit_rows_ == 0) {
        throw StoreError(StoreErrorKind::Invalid, "a change was about to be saved without its audit row");
    }
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace kiosk::store
