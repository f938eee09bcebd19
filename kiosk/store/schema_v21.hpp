#pragma once
// schema v21 (issue #16, item 4): life-story notes. During or after a session a worker notes
// something for the child's life story or memory box: a photo staff took with consent, a
// drawing, words the child wants kept, a keepsake. A note is a record like a concern: written
// once and sealed to the social work team, never changed or deleted on the device (triggers),
// its words and who consented emptied by the purge once the server has it (a permit, as v6's
// concerns). It has a UUID (v13's pattern: given by the repository, or by a trigger); it is a
// record, so it travels in the outbox, not the replication journal.
// purged_entries learns 'life_story_note' and 'letterbox_item' (issue #16, items 3 and 4, whose
// words leave the device too); SQLite cannot widen a CHECK in place, so the table is copied,
// with its locks made again (as v8 did).
namespace kiosk::store {

inline constexpr const char* kSchemaV21 = R"sql(
CREATE TABLE life_story_notes (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT,
  child_id     INTEGER NOT NULL REFERENCES children(id),
  session_id   INTEGER REFERENCES sessions(id),
  written_by   INTEGER NOT NULL REFERENCES staff(id),
  at           INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('photo', 'drawing', 'childs_words', 'keepsake', 'other')),
  words        TEXT NOT NULL,
  consent_from TEXT NOT NULL DEFAULT '',
  kept_at      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX life_story_notes_by_uuid ON life_story_notes(uuid);
CREATE INDEX life_story_notes_of_child ON life_story_notes(child_id, at);
CREATE INDEX life_story_notes_with_words ON life_story_notes(id) WHERE words <> '' OR consent_from <> '';
CREATE TRIGGER life_story_notes_uuid AFTER INSERT ON life_story_notes WHEN NEW.uuid IS NULL
  BEGIN UPDATE life_story_notes SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;

-- A row alive only inside the purge's own transaction: it lets that one UPDATE through.
CREATE TABLE life_story_purge_permits (
  note_id INTEGER PRIMARY KEY
);
CREATE TRIGGER life_story_notes_no_delete BEFORE DELETE ON life_story_notes
  BEGIN SELECT RAISE(ABORT, 'a life-story note cannot be deleted'); END;
-- The one change besides a purge: a missing UUID filled in, nothing else touched.
CREATE TRIGGER life_story_notes_no_update BEFORE UPDATE ON life_story_notes
  WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.child_id IS OLD.child_id
            AND NEW.session_id IS OLD.session_id AND NEW.written_by IS OLD.written_by AND NEW.at IS OLD.at
            AND NEW.kind IS OLD.kind AND NEW.words IS OLD.words AND NEW.consent_from IS OLD.consent_from
            AND NEW.kept_at IS OLD.kept_at)
   AND (NOT EXISTS (SELECT 1 FROM life_story_purge_permits WHERE note_id = OLD.id)
    OR NEW.words <> '' OR NEW.consent_from <> '' OR NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid
    OR NEW.child_id IS NOT OLD.child_id OR NEW.session_id IS NOT OLD.session_id
    OR NEW.written_by IS NOT OLD.written_by OR NEW.at IS NOT OLD.at OR NEW.kind IS NOT OLD.kind
    OR NEW.kept_at IS NOT OLD.kept_at)
  BEGIN SELECT RAISE(ABORT, 'a life-story note cannot be changed; write another'); END;

CREATE TABLE purged_entries_v21 (
  kind      TEXT NOT NULL
            CHECK (kind IN ('concern', 'check_in', 'feedback', 'comfort_call', 'missed_session_notice',
                            'life_story_note', 'letterbox_item')),
  entity_id INTEGER NOT NULL,
  purged_at INTEGER NOT NULL,
  PRIMARY KEY (kind, entity_id)
) WITHOUT ROWID;
INSERT INTO purged_entries_v21 (kind, entity_id, purged_at) SELECT kind, entity_id, purged_at FROM purged_entries;
DROP TABLE purged_entries;
ALTER TABLE purged_entries_v21 RENAME TO purged_entries;
CREATE TRIGGER purged_entries_no_update BEFORE UPDATE ON purged_entries
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;
CREATE TRIGGER purged_entries_no_delete BEFORE DELETE ON purged_entries
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;
)sql";

}  // namespace kiosk::store
