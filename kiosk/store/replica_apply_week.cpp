// ReplicaApplier: the coordinator's week actions of issue #15 as they reach a device from its
// venue hub: a draft handed over (the audit row here, and this copy to read until the new
// holder writes it), a cancelled or moved session and a closed referral (their reasons, for a
// coordinator's device), a resolved case flag, and who wrote which part of a final record.
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace r = core::replica;

void ReplicaApplier::apply_one(const r::RecordHandover& v) {
    if (find(Table::Handovers, v.uuid)) return;  // made on this device, or here already
    const core::Id record = need(Table::Records, v.record_uuid, "record_handover");
    const core::Id from = need(Table::Staff, v.from_staff_uuid, "record_handover");
    const core::Id to = need(Table::Staff, v.to_staff_uuid, "record_handover");
    const core::Id by = need(Table::Staff, v.by_staff_uuid, "record_handover");
    {
        auto s = db_.cached("SELECT state FROM observation_records WHERE id = ?");
        s.bind_all(record);
        if (!s.step() || s.text(0) != "draft") return;  // a final record is handed to nobody (v12)
    }
    // The audit row the holder rule reads (kDraftHolderSql); its reason stayed where it was given.
    db_.cached("INSERT INTO record_handovers (uuid, record_id, from_staff, to_staff, by_staff, at, reason) "
               "VALUES (?, ?, ?, ?, ?, ?, '')")
        .bind_all(v.uuid, record, from, to, by, core::to_unix(v.at))
        .run();
    // The draft is the new holder's now, unclaimed until the first device they write on sends an
    // edit: this device's copy is to read from this moment (core::merge::after_handover).
    db_.cached("UPDATE observation_records SET owner_device = '*' WHERE id = ? AND state = 'draft'")
        .bind_all(record)
        .run();
    tx_.audit("record.handed_over", "observation_record", record, "received from the hub");
}

void ReplicaApplier::apply_one(const r::SessionChange& v) {
    if (find(Table::SessionChanges, v.uuid)) return;  // append-only
    const char* kind = v.new_session_uuid ? "session_moved" : "session_cancelled";
    const core::Id session = need(Table::Sessions, v.session_uuid, kind);
    const core::Id by = need(Table::Staff, v.by_staff_uuid, kind);
    const auto new_session = optional_ref(Table::Sessions, v.new_session_uuid, kind);
    db_.cached("INSERT INTO session_changes (uuid, session_id, kind, new_session_id, reason, by_staff, at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind_all(v.uuid, session, v.new_session_uuid ? "moved" : "cancelled", new_session, v.reason, by,
                  core::to_unix(v.recorded_at))
        .run();
}

void ReplicaApplier::apply_one(const r::ReferralClosure& v) {
    const core::Id referral = need(Table::Referrals, v.referral_uuid, "referral_closed");
    const core::Id by = need(Table::Staff, v.closed_by_uuid, "referral_closed");
    // One closure per referral; the first one held stays (v12: never changed).
    db_.cached("INSERT INTO referral_closures (referral_id, closed_by, closed_at, reason) VALUES (?, ?, ?, ?) "
               "ON CONFLICT(referral_id) DO NOTHING")
        .bind_all(referral, by, core::to_unix(v.closed_at), v.reason)
        .run();
}

void ReplicaApplier::write_record_writers(core::Id record_id, const std::vector<r::RecordWriter>& writers) {
    for (const auto& w : writers) {
        const core::Id staff = need(Table::Staff, w.staff_uuid, "observation_record");
        db_.cached("INSERT INTO record_writers (record_id, part, staff_id, first_at, last_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(record_id, part, staff_id) DO UPDATE SET first_at = min(first_at, excluded.first_at), "
                   "last_at = max(last_at, excluded.last_at)")
            .bind_all(record_id, w.part, staff, core::to_unix(w.first_at), core::to_unix(w.last_at))
            .run();
    }
}

}  // namespace kiosk::store
