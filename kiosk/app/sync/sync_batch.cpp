#include "kiosk/app/sync/sync_batch.hpp"

#include <algorithm>

#include "kiosk/app/sync/record_protection.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/replication_journal.hpp"
#include "kiosk/store/uuid.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/batch_seal.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch_writer.hpp"
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::app {
namespace {

constexpr const char* kActor = "sync";

std::vector<Sendable> from_outbox(std::vector<store::OutboxItem> items) {
    std::vector<Sendable> out;
    for (auto& item : items) {
        out.push_back(Sendable{.uuid = std::move(item.uuid), .kind = std::move(item.kind), .schema = item.schema,
                               .created_at = item.created_at, .payload = std::move(item.payload), .snapshot = false,
                               .outbox_id = item.id, .fast_lane = item.fast_lane, .journal_seq = 0});
    }
    return out;
}

void passed(PushCursor& cursor, const Sendable& item) {
    if (item.snapshot) {
        cursor.journal_after = std::max(cursor.journal_after, item.journal_seq);
    } else {
        cursor.outbox.passed(store::OutboxItem{.id = item.outbox_id, .uuid = {}, .kind = {}, .entity_id = 0,
                                               .created_at = {}, .fast_lane = item.fast_lane, .payload = {},
                                               .attempts = 0, .schema = 1});
    }
}

// Parents before children, so the hub holds what each snapshot refers to.
std::size_t rank(const std::string& kind) {
    const auto& kinds = sync::venue_kinds();
    return static_cast<std::size_t>(std::find(kinds.begin(), kinds.end(), kind) - kinds.begin());
}

std::vector<Sendable> from_journal(store::Database& db, const core::Clock& clock, const SyncOptions& options,
                                   const PushCursor& after) {
    store::ReplicationJournal journal(db);
    const auto entries = journal.pending(options.max_batch_records, after.journal_after);
    if (entries.empty()) return {};
    store::ReplicaReader reader(db, options.this_device);
    std::vector<std::pair<std::size_t, Sendable>> ranked;
    store::WriteTransaction tx(db, kActor, clock.now());
    int written = 0;
    for (const auto& entry : entries) {
        Sendable s{.uuid = {}, .kind = entry.kind, .schema = sync::kVenuePayloadSchema, .created_at = clock.now(),
                   .payload = {}, .snapshot = true, .outbox_id = 0, .fast_lane = false, .journal_seq = entry.seq};
        if (entry.message_uuid && entry.message_payload) {
            // Sent before and not answered: the very same message again, which the server knows.
            s.uuid = *entry.message_uuid;
            s.payload = *entry.message_payload;
        } else {
            const auto entity = reader.snapshot(entry.kind, entry.entity_id);
            ++written;
            if (!entity) {
                journal.drop(tx, entry.seq);
                continue;
            }
            s.uuid = store::new_uuid();
            s.payload = sync::encode_entity(*entity);
            journal.keep_message(tx, entry, s.uuid, s.payload);
        }
        ranked.emplace_back(rank(s.kind), std::move(s));
    }
    if (written > 0) {
        tx.audit("replication.prepared", "replication_journal", 0, std::to_string(written) + " snapshots");
        tx.commit();
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Sendable> out;
    for (auto& [r, s] : ranked) out.push_back(std::move(s));
    return out;
}

// The newest audit row, so the server can tell if this device's history was rewritten
// between two syncs, and the row the server saw as newest (`vouch_for`) as this device's chain
// has it now (docs/sync-api.md, "Audit head").
struct AuditClaims {
    std::optional<sync::AuditHead> head;
    std::optional<std::string> anchor;
};

AuditClaims audit_claims(store::Database& db, std::int64_t vouch_for) {
    AuditClaims claims;
    if (const auto latest = store::AuditLog::latest(db, 1); !latest.empty()) {
        claims.head = sync::AuditHead{latest.front().seq, store::AuditLog::hash_at(db, latest.front().seq)};
    }
    if (vouch_for > 0) {
        // A row this device no longer has is vouched for with a hash that matches nothing.
        std::string hash = store::AuditLog::hash_at(db, vouch_for);
        if (hash.empty()) hash.assign(64, '0');
        claims.anchor = sync::format_audit_head({vouch_for, hash});
    }
    return claims;
}

}  // namespace

std::vector<Sendable> read_sendables(store::Database& db, const core::Clock& clock, const SyncOptions& options,
                                     const PushCursor& after) {
    store::OutboxRepository outbox(db);
    auto fast = outbox.next_batch(options.max_batch_records, /*fast_lane_only=*/true, after.outbox);
    if (!fast.empty() || options.fast_lane_only) return from_outbox(std::move(fast));
    if (options.snapshots) {
        auto snapshots = from_journal(db, clock, options, after);
        if (!snapshots.empty()) return snapshots;
    }
    return from_outbox(outbox.next_batch(options.max_batch_records, false, after.outbox));
}

Batch make_batch(store::Database& db, std::vector<Sendable> items, PushCursor from, const std::string& device_id,
                 const SyncOptions& options, std::int64_t vouch_for) {
    Batch batch;
    batch.read_to = from;
    std::optional<core::Id> first_snapshot_left;  // snapshots are sent by kind, not in journal order
    const AuditClaims claims = audit_claims(db, vouch_for);
    if (claims.head) batch.audit_head_seq = claims.head->seq;
    std::optional<std::string> head;
    if (claims.head) head = sync::format_audit_head(*claims.head);
    // An enrolled device sends push format 2 (docs/sync-api.md): one manifest of the records'
    // hashes signed once, one key agreement, each sealed payload under XChaCha20-Poly1305.
    std::optional<sync::BatchProtector> protector;
    const bool per_record = options.keys != nullptr && options.push_format == 1;
    std::optional<std::string> head_signature;
    if (per_record) {
        if (head || claims.anchor) head_signature = sign_audit_claims(device_id, head, claims.anchor, *options.keys);
    } else if (options.keys != nullptr) {
        protector.emplace(device_id, options.keys->signing_secret, options.keys->sealing_public);
    }
    sync::PushBatchWriter writer(device_id, head, claims.anchor, std::move(head_signature));
    std::size_t bytes = 256;  // the envelope around the records
    for (auto& item : items) {
        if (first_snapshot_left) {
            if (item.snapshot) first_snapshot_left = std::min(*first_snapshot_left, item.journal_seq);
            continue;
        }
        sync::PushRecord record{.uuid = item.uuid, .kind = item.kind, .schema = item.schema,
                                .created_at = item.created_at, .device_id = device_id,
                                .payload_json = std::move(item.payload), .signature = std::nullopt, .sealed = std::nullopt};
        if (item.snapshot) batch.snapshots.insert(item.uuid);
        try {
            if (protector) protector->protect(record);
            if (per_record) protect_record(record, *options.keys);
            const std::size_t size = sync::PushBatchWriter::estimated_bytes(record);
            if (size > options.max_record_bytes) {
                // The server refuses a request this large (413); sending it would block the
                // queue behind it on every sync.
                if (protector) protector->drop_last();
                batch.unsendable.emplace_back(item.uuid, "the record is larger than the server takes in one request");
                passed(batch.read_to, item);
                continue;
            }
            if (!writer.empty() && bytes + size > options.max_batch_bytes) {
                // Full: the rest waits for the next batch.
                if (protector) protector->drop_last();
                if (!item.snapshot) break;
                first_snapshot_left = item.journal_seq;
                continue;
            }
            if (protector) {
                writer.add_canonical(record);
            } else {
                writer.add(record);
            }
            bytes += size;
            batch.kinds[item.uuid] = item.kind;
        } catch (const sync::ProtocolError&) {
            batch.unsendable.emplace_back(item.uuid, "the queued payload is not a JSON object");
        }
        passed(batch.read_to, item);
    }
    if (protector && !writer.empty()) writer.seal_with(protector->finish(head, claims.anchor));
    // Snapshots left behind are read again from the first of them (one taken after it is sent
    // again with the same message UUID, which the server answers already_stored).
    if (first_snapshot_left) batch.read_to.journal_after = std::min(batch.read_to.journal_after, *first_snapshot_left - 1);
    if (!writer.empty()) batch.request = sync::prepare_push(std::move(writer));
    return batch;
}

std::int64_t save_results(store::Database& db, const core::Clock& clock, const Batch& batch,
                          const std::vector<sync::RecordResult>& results, const SyncOptions& options,
                          SyncSummary& summary) {
    store::WriteTransaction tx(db, kActor, clock.now());
    store::OutboxRepository outbox(db);
    store::ReplicationJournal journal(db);
    std::int64_t settled = 0;
    const auto is_snapshot = [&](const std::string& uuid) { return batch.snapshots.count(uuid) > 0; };
    const auto reject = [&](const std::string& uuid, const std::string& kind, const std::string& reason) {
        if (is_snapshot(uuid)) {
            journal.refuse(tx, uuid, reason);
            ++summary.snapshots_refused;
        } else {
            outbox.mark_rejected(tx, uuid, reason);
            ++summary.rejected;
            summary.rejections.push_back({uuid, kind, reason});
        }
        ++settled;
    };
    for (const auto& [uuid, reason] : batch.unsendable) reject(uuid, "", reason);
    std::vector<std::string> stored;
    std::vector<std::string> already_stored;
    std::vector<std::string> snapshots;
    for (const auto& result : results) {
        switch (result.status) {
            case sync::RecordStatus::Stored:
            case sync::RecordStatus::AlreadyStored:
                if (is_snapshot(result.uuid)) {
                    snapshots.push_back(result.uuid);
                } else {
                    (result.status == sync::RecordStatus::Stored ? stored : already_stored).push_back(result.uuid);
                }
                ++settled;
                break;
            case sync::RecordStatus::Rejected: reject(result.uuid, batch.kinds.at(result.uuid), result.reason); break;
        }
    }
    outbox.mark_delivered(tx, stored, store::Delivery::Stored, options.receipt);
    outbox.mark_delivered(tx, already_stored, store::Delivery::AlreadyStored, options.receipt);
    journal.settle(tx, snapshots);
    summary.sent += static_cast<std::int64_t>(stored.size());
    summary.already_there += static_cast<std::int64_t>(already_stored.size());
    summary.snapshots_sent += static_cast<std::int64_t>(snapshots.size());
    if (settled > 0) tx.commit();
    return settled;
}

}  // namespace kiosk::app
