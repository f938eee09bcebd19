#include "kiosk/store/record_purge.hpp"

#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/entry_purge.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

std::int64_t purge_synced_records(WriteTransaction& tx, core::Timestamp sent_before) {
    Database& db = tx.db();
    const std::int64_t cutoff = core::to_unix(sent_before);
    std::vector<core::Id> due;
    {
        // Final, delivered before the cutoff, not purged yet, and no addendum of it still
        // waiting (queued or rejected): its plain copy is no longer needed here.
        auto s = db.cached(
            "SELECT r.id FROM observation_records r "
            "JOIN outbox o ON o.kind = 'observation_record' AND o.entity_id = r.id AND o.state = 'sent' "
            "WHERE r.state = 'final' AND o.confirmed_at <= ? "
            "AND NOT EXISTS (SELECT 1 FROM purged_records p WHERE p.record_id = r.id) "
            "AND NOT EXISTS (SELECT 1 FROM record_addenda a JOIN outbox ao "
            "  ON ao.kind = 'record_addendum' AND ao.entity_id = a.id "
            "  WHERE a.record_id = r.id AND (ao.state <> 'sent' OR ao.confirmed_at IS NULL OR ao.confirmed_at > ?)) "
            "ORDER BY r.id");
        s.bind_all(cutoff, cutoff);
        while (s.step()) due.push_back(s.int64(0));
    }
    // What leaves the device here does not go to the venue hub as a change (schema v14).
    tx.mute_replication();
    for (const core::Id id : due) {
        db.cached("INSERT INTO purge_permits (record_id) VALUES (?)").bind_all(id).run();
        db.cached("UPDATE outbox_payloads SET payload = '{\"schema\":1,\"purged\":true}' WHERE outbox_id IN "
                  "(SELECT id FROM outbox WHERE state = 'sent' AND "
                  " ((kind = 'observation_record' AND entity_id = ?) OR "
                  "  (kind = 'record_addendum' AND entity_id IN (SELECT id FROM record_addenda WHERE record_id = ?))))")
            .bind_all(id, id)
            .run();
        db.cached("DELETE FROM record_sections WHERE record_id = ?").bind_all(id).run();
        db.cached("DELETE FROM record_timeline WHERE record_id = ?").bind_all(id).run();
        db.cached("DELETE FROM record_addenda WHERE record_id = ?").bind_all(id).run();
        // The words typed on the session screen (who brought the child, why it ended early)
        // never go to the server themselves; the record that told the story has, so they go too.
        db.cached("UPDATE sessions SET brought_by = '', ended_early_words = '' "
                  "WHERE id = (SELECT session_id FROM observation_records WHERE id = ?)")
            .bind_all(id)
            .run();
        db.cached("INSERT INTO purged_records (record_id, purged_at) VALUES (?, ?)")
            .bind_all(id, core::to_unix(tx.at()))
            .run();
        // The permit must not outlive this purge.
        db.cached("DELETE FROM purge_permits WHERE record_id = ?").bind_all(id).run();
        tx.audit("record.purged", "observation_record", id,
                 "synced copy and its session's typed words removed from the device");
    }
    // Concerns, check-ins and feedback keep their rows but lose their personal text.
    const std::int64_t entries = purge_synced_entries(tx, sent_before);
    tx.unmute_replication();
    // The outbox's copies of everything else delivered before the cutoff (check-ins, concerns,
    // feedback ...): the server has them. CROSS JOIN keeps SQLite reading the few payloads not
    // yet removed (a partial index, v7) rather than every delivered row of the outbox's history.
    auto count = db.cached("SELECT count(*) FROM outbox_payloads p CROSS JOIN outbox o ON o.id = p.outbox_id "
                           "WHERE p.payload <> '{\"schema\":1,\"purged\":true}' AND o.state = 'sent' "
                           "AND o.confirmed_at <= ?");
    count.bind_all(cutoff);
    count.step();
    const std::int64_t copies = count.int64(0);
    if (copies > 0) {
        db.cached("UPDATE outbox_payloads SET payload = '{\"schema\":1,\"purged\":true}' "
                  "WHERE payload <> '{\"schema\":1,\"purged\":true}' AND EXISTS (SELECT 1 FROM outbox o "
                  "WHERE o.id = outbox_id AND o.state = 'sent' AND o.confirmed_at <= ?)")
            .bind_all(cutoff)
            .run();
        tx.audit("outbox.purged", "outbox", 0, std::to_string(copies) + " delivered payloads removed");
    }
    return static_cast<std::int64_t>(due.size()) + entries + copies;
}

std::optional<core::Timestamp> record_purged_at(Database& db, core::Id record_id) {
    auto s = db.cached("SELECT purged_at FROM purged_records WHERE record_id = ?");
    s.bind_all(record_id);
    if (!s.step()) return std::nullopt;
    return core::from_unix(s.int64(0));
}

}  // namespace kiosk::store
