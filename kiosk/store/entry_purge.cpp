#include "kiosk/store/entry_purge.hpp"

#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {

// One kind of entry: which rows are due, how their text is emptied, what the audit row says.
// A row is due when it still has text, an outbox row of it was delivered at or before the
// cutoff, and no outbox row of it is still waiting (queued, rejected) or was delivered later.
struct EntryKind {
    const char* kind;      // the outbox kind and purged_entries.kind
    const char* due;       // binds the cutoff twice
    const char* blank;     // binds the id
    const char* removed;   // the audit detail: what went, never the text itself
    bool locked;           // its table refuses UPDATEs unless the row holds a purge permit (v6)
};

constexpr EntryKind kKinds[] = {
    {"concern",
     "SELECT e.id FROM concerns e WHERE e.text <> '' "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'concern' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'concern' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE concerns SET text = '' WHERE id = ?",
     "words of a synced concern removed from the device", true},
    {"check_in",
     "SELECT e.id FROM check_ins e WHERE e.signature_strokes <> '' "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'check_in' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'check_in' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE check_ins SET signature_strokes = '' WHERE id = ?",
     "finger signature of a synced check-in removed from the device", false},
    {"feedback",
     "SELECT e.id FROM feedback e WHERE e.comment <> '' "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'feedback' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'feedback' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE feedback SET comment = '' WHERE id = ?",
     "comment of synced feedback removed from the device", false},
    // The care notes (allergies, comfort item, naps, feeding) stay: the staff board shows them
    // at every session.
    {"comfort_call",
     "SELECT e.id FROM comfort_calls e WHERE (e.critical_connection <> '' OR e.child_wants_to_say <> '' "
     "  OR e.family_wants_to_say <> '' OR e.how_it_went <> '') "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'comfort_call' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'comfort_call' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE comfort_calls SET critical_connection = '', child_wants_to_say = '', family_wants_to_say = '', "
     "how_it_went = '' WHERE id = ?",
     "conversation notes of a synced comfort call removed from the device", false},
    {"missed_session_notice",
     "SELECT e.id FROM missed_sessions e WHERE (e.who <> '' OR e.reason <> '') "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'missed_session_notice' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'missed_session_notice' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE missed_sessions SET who = '', reason = '' WHERE id = ?",
     "who missed a synced session and why, removed from the device", false},
};

}  // namespace

std::int64_t purge_synced_entries(WriteTransaction& tx, core::Timestamp sent_before) {
    Database& db = tx.db();
    const std::int64_t cutoff = core::to_unix(sent_before);
    std::int64_t purged = 0;
    // Words removed here once the social work team has them must not go to the venue hub as if
    // someone had emptied them (schema v14).
    const bool muted_before = tx.replication_muted();
    tx.mute_replication();
    for (const EntryKind& k : kKinds) {
        std::vector<core::Id> due;
        {
            auto s = db.cached(k.due);
            s.bind_all(cutoff, cutoff);
            while (s.step()) due.push_back(s.int64(0));
        }
        for (const core::Id id : due) {
            // Concerns are append-only (v2); the permit lets this one UPDATE through and must not
            // outlive it.
            if (k.locked) db.cached("INSERT INTO concern_purge_permits (concern_id) VALUES (?)").bind_all(id).run();
            db.cached(k.blank).bind_all(id).run();
            if (k.locked) db.cached("DELETE FROM concern_purge_permits WHERE concern_id = ?").bind_all(id).run();
            db.cached("INSERT INTO purged_entries (kind, entity_id, purged_at) VALUES (?, ?, ?)")
                .bind_all(k.kind, id, core::to_unix(tx.at()))
                .run();
            tx.audit(std::string{k.kind} + ".purged", k.kind, id, k.removed);
        }
        purged += static_cast<std::int64_t>(due.size());
    }
    if (!muted_before) tx.unmute_replication();
    return purged;
}

std::optional<core::Timestamp> entry_purged_at(Database& db, std::string_view kind, core::Id entity_id) {
    auto s = db.cached("SELECT purged_at FROM purged_entries WHERE kind = ? AND entity_id = ?");
    s.bind_all(kind, entity_id);
    if (!s.step()) return std::nullopt;
    return core::from_unix(s.int64(0));
}

}  // namespace kiosk::store
