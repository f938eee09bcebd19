#pragma once
// schema v6 (issue #6, item 3): the personal text of synced safeguarding concerns, check-ins
// and feedback can be purged from the device, as v5 did for final records. Rows stay (the
// review's concern count, "already checked in", "has signed this agreement version" and the
// feedback counts read them); only the text goes: a concern's words, a check-in's finger
// signature, a feedback comment.
// Concerns are append-only since v2, so their lock learns the v5 permit pattern: an UPDATE
// goes through only for a concern holding a permit, a row that lives only inside the purge's
// own transaction, and only if it empties the text and changes nothing else. Check-ins and
// feedback have no lock to open.
namespace kiosk::store {

inline constexpr const char* kSchemaV6 = R"sql(
CREATE TABLE concern_purge_permits (
  concern_id INTEGER PRIMARY KEY
);
-- Which concerns, check-ins and feedback had their text removed from this device, and when:
-- so an empty text reads as "removed after it was sent", not as "never written".
CREATE TABLE purged_entries (
  kind      TEXT NOT NULL CHECK (kind IN ('concern', 'check_in', 'feedback')),
  entity_id INTEGER NOT NULL,
  purged_at INTEGER NOT NULL,
  PRIMARY KEY (kind, entity_id)
) WITHOUT ROWID;
CREATE TRIGGER purged_entries_no_update BEFORE UPDATE ON purged_entries
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;
CREATE TRIGGER purged_entries_no_delete BEFORE DELETE ON purged_entries
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;

-- Both purges look up an entry's outbox rows by kind and id after every sync, while holding
-- the write lock; without this each lookup read the whole outbox, which only grows.
CREATE INDEX outbox_by_entity ON outbox(kind, entity_id);
-- ... and look only at entries that still have text: years of check-ins are not read again
-- after every sync once their text is gone.
CREATE INDEX concerns_with_text ON concerns(id) WHERE text <> '';
CREATE INDEX check_ins_with_text ON check_ins(id) WHERE signature_strokes <> '';
CREATE INDEX feedback_with_text ON feedback(id) WHERE comment <> '';

DROP TRIGGER concerns_no_update;
CREATE TRIGGER concerns_no_update BEFORE UPDATE ON concerns
  WHEN NOT EXISTS (SELECT 1 FROM concern_purge_permits WHERE concern_id = OLD.id)
    OR NEW.text <> '' OR NEW.id IS NOT OLD.id OR NEW.session_id IS NOT OLD.session_id
    OR NEW.raised_by IS NOT OLD.raised_by OR NEW.raised_at IS NOT OLD.raised_at
    OR NEW.severity IS NOT OLD.severity
  BEGIN SELECT RAISE(ABORT, 'a safeguarding concern cannot be changed; raise another'); END;
-- A permit is only for a concern whose delivery the server has confirmed.
CREATE TRIGGER concern_purge_permits_synced_only BEFORE INSERT ON concern_purge_permits
  WHEN NOT EXISTS (SELECT 1 FROM outbox o
                   WHERE o.kind = 'concern' AND o.entity_id = NEW.concern_id AND o.state = 'sent')
  BEGIN SELECT RAISE(ABORT, 'only a concern the server has received can be purged'); END;
)sql";

}  // namespace kiosk::store
