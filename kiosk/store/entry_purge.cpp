#include "kiosk/store/entry_purge.hpp"

#include <stdexcept>
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
    // Its table refuses UPDATEs unless the row holds a purge permit (v6, v21, v22): the permit's
    // INSERT and DELETE, each binding the id; nullptr when the table has no lock.
    const char* grant = nullptr;
    const char* revoke = nullptr;
};

constexpr EntryKind kKinds[] = {
    {"concern",
     "SELECT e.id FROM concerns e WHERE e.text <> '' "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'concern' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'concern' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE concerns SET text = '' WHERE id = ?",
     "words of a synced concern removed from the device", "INSERT INTO concern_purge_permits (concern_id) VALUES (?)",
     "DELETE FROM concern_purge_permits WHERE concern_id = ?"},
    {"check_in",
     "SELECT e.id FROM check_ins e WHERE e.signature_strokes <> '' "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'check_in' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'check_in' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE check_ins SET signature_strokes = '' WHERE id = ?",
     "finger signature of a synced check-in removed from the device"},
    {"feedback",
     "SELECT e.id FROM feedback e WHERE e.comment <> '' "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'feedback' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'feedback' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE feedback SET comment = '' WHERE id = ?",
     "comment of synced feedback removed from the device"},
    // The care notes (allergies, comfort item, naps, feeding) stay: the staff board shows them
    // at every session.
    {"comfort_call",
     "SELECT e.id FROM comfort_calls e WHERE (e.critical_connection <> '' OR e.child_wants_to_say <> '' "
     "  OR e.family_wants_to_say <> '' OR e.how_it_went <> '' OR e.ended_reason <> '') "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'comfort_call' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'comfort_call' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE comfort_calls SET critical_connection = '', child_wants_to_say = '', family_wants_to_say = '', "
     "how_it_went = '', ended_reason = '' WHERE id = ?",
     "conversation notes of a synced comfort call removed from the device"},
    {"missed_session_notice",
     "SELECT e.id FROM missed_sessions e WHERE (e.who <> '' OR e.reason <> '') "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'missed_session_notice' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'missed_session_notice' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE missed_sessions SET who = '', reason = '' WHERE id = ?",
     "who missed a synced session and why, removed from the device"},
    // Issue #16: a life-story note's words and who consented to a photo (kind, time and where the
    // thing is kept stay), and what a letterbox item was and why it was held (its kind, dates,
    // decision and checks stay, so the next exchange is still due from it).
    {"life_story_note",
     "SELECT e.id FROM life_story_notes e WHERE (e.words <> '' OR e.consent_from <> '') "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'life_story_note' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'life_story_note' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE life_story_notes SET words = '', consent_from = '' WHERE id = ?",
     "words of a synced life-story note removed from the device",
     "INSERT INTO life_story_purge_permits (note_id) VALUES (?)", "DELETE FROM life_story_purge_permits WHERE note_id = ?"},
    {"letterbox_item",
     "SELECT e.id FROM letterbox_items e WHERE (e.description <> '' OR e.reason <> '') "
     "AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'letterbox_item' AND o.entity_id = e.id "
     "  AND o.state = 'sent' AND o.confirmed_at <= ?) "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'letterbox_item' AND o.entity_id = e.id "
     "  AND (o.state <> 'sent' OR o.confirmed_at IS NULL OR o.confirmed_at > ?)) ORDER BY e.id",
     "UPDATE letterbox_items SET description = '', reason = '' WHERE id = ?",
     "what a synced letterbox item was and why it was held, removed from the device",
     "INSERT INTO letterbox_purge_permits (item_id) VALUES (?)", "DELETE FROM letterbox_purge_permits WHERE item_id = ?"},
};

// A copy the hub sent (schema v26) is due once it arrived at or before the cutoff; the device
// that wrote it and the hub keep the one the social work team relies on. A letterbox item this
// device decided waits for its own delivery like any row it sent; a waiting one keeps its words.
struct ReceivedKind {
    const char* kind;
    const char* due;  // binds the cutoff once
    const char* removed;
};

constexpr ReceivedKind kReceived[] = {
    {"concern",
     "SELECT e.id FROM concerns e JOIN received_entries r ON r.kind = 'concern' AND r.entity_id = e.id "
     "WHERE e.text <> '' AND r.received_at <= ? ORDER BY e.id",
     "words of a concern received from the venue hub removed from the device"},
    {"life_story_note",
     "SELECT e.id FROM life_story_notes e JOIN received_entries r ON r.kind = 'life_story_note' AND r.entity_id = e.id "
     "WHERE (e.words <> '' OR e.consent_from <> '') AND r.received_at <= ? ORDER BY e.id",
     "words of a life-story note received from the venue hub removed from the device"},
    {"letterbox_item",
     "SELECT e.id FROM letterbox_items e JOIN received_entries r ON r.kind = 'letterbox_item' AND r.entity_id = e.id "
     "WHERE (e.description <> '' OR e.reason <> '') AND e.decision <> 'waiting' AND r.received_at <= ? "
     "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'letterbox_item' AND o.entity_id = e.id) ORDER BY e.id",
     "what a letterbox item received from the venue hub was and why it was held, removed from the device"},
};

const EntryKind& sent_kind(std::string_view kind) {
    for (const EntryKind& k : kKinds) {
        if (kind == k.kind) return k;
    }
    throw std::logic_error("no purge for kind " + std::string(kind));
}

void blank(WriteTransaction& tx, const EntryKind& k, core::Id id, const char* removed) {
    Database& db = tx.db();
    // Concerns, life-story notes and decided letterbox items are locked; the permit lets this one
    // UPDATE through and must not outlive it.
    if (k.grant != nullptr) db.cached(k.grant).bind_all(id).run();
    db.cached(k.blank).bind_all(id).run();
    if (k.revoke != nullptr) db.cached(k.revoke).bind_all(id).run();
    db.cached("INSERT INTO purged_entries (kind, entity_id, purged_at) VALUES (?, ?, ?)")
        .bind_all(k.kind, id, core::to_unix(tx.at()))
        .run();
    tx.audit(std::string{k.kind} + ".purged", k.kind, id, removed);
}

std::vector<core::Id> ids(Database& db, const char* query, std::int64_t cutoff, int binds) {
    std::vector<core::Id> out;
    auto s = db.cached(query);
    if (binds == 2) {
        s.bind_all(cutoff, cutoff);
    } else {
        s.bind_all(cutoff);
    }
    while (s.step()) out.push_back(s.int64(0));
    return out;
}

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
        const auto due = ids(db, k.due, cutoff, 2);
        for (const core::Id id : due) blank(tx, k, id, k.removed);
        purged += static_cast<std::int64_t>(due.size());
    }
    for (const ReceivedKind& k : kReceived) {
        const auto due = ids(db, k.due, cutoff, 1);
        for (const core::Id id : due) blank(tx, sent_kind(k.kind), id, k.removed);
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
