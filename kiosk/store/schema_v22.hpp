#pragma once
// schema v22 (issue #16, item 3): indirect contact, "letterbox".
// - letterbox_arrangements: who writes to whom and how often (every N months from a first due
//   date). Venue state the coordinators share: a UUID (v13's pattern) and journal triggers
//   (v14's), so an edit travels as a `letterbox_arrangement` snapshot through the venue hub.
// - letterbox_items: each letter, card or photo as it arrives (logged), then checked by a worker
//   and forwarded, or held with a reason. Once decided it is a record, queued sealed for the social
//   work team, and a trigger locks it; only the purge (with its permit) may empty its words after
//   the server has it (purged_entries learned the kind in v21).
namespace kiosk::store {

inline constexpr const char* kSchemaV22 = R"sql(
CREATE TABLE letterbox_arrangements (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT,
  child_id     INTEGER NOT NULL REFERENCES children(id),
  direction    TEXT NOT NULL CHECK (direction IN ('to_child', 'from_child')),
  with_whom    TEXT NOT NULL,
  every_months INTEGER NOT NULL CHECK (every_months BETWEEN 1 AND 24),
  first_due    TEXT NOT NULL,
  active       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX letterbox_arrangements_by_uuid ON letterbox_arrangements(uuid);
CREATE INDEX letterbox_arrangements_of_child ON letterbox_arrangements(child_id);
CREATE TRIGGER letterbox_arrangements_uuid AFTER INSERT ON letterbox_arrangements WHEN NEW.uuid IS NULL
  BEGIN UPDATE letterbox_arrangements SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER letterbox_arrangements_journal_insert AFTER INSERT ON letterbox_arrangements WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('letterbox_arrangement', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER letterbox_arrangements_journal_update AFTER UPDATE ON letterbox_arrangements WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('letterbox_arrangement', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;

CREATE TABLE letterbox_items (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT,
  child_id       INTEGER NOT NULL REFERENCES children(id),
  arrangement_id INTEGER REFERENCES letterbox_arrangements(id),
  direction      TEXT NOT NULL CHECK (direction IN ('to_child', 'from_child')),
  kind           TEXT NOT NULL CHECK (kind IN ('letter', 'card', 'photo', 'other')),
  from_whom      TEXT NOT NULL,
  description    TEXT NOT NULL,
  received_at    INTEGER NOT NULL,
  logged_by      INTEGER NOT NULL REFERENCES staff(id),
  decision       TEXT NOT NULL DEFAULT 'waiting' CHECK (decision IN ('waiting', 'forwarded', 'held')),
  checks_passed  TEXT NOT NULL DEFAULT '',
  reason         TEXT NOT NULL DEFAULT '',
  checked_by     INTEGER REFERENCES staff(id),
  decided_at     INTEGER
);
CREATE UNIQUE INDEX letterbox_items_by_uuid ON letterbox_items(uuid);
CREATE INDEX letterbox_items_of_child ON letterbox_items(child_id, received_at);
CREATE INDEX letterbox_items_waiting ON letterbox_items(received_at) WHERE decision = 'waiting';
CREATE INDEX letterbox_items_with_words ON letterbox_items(id) WHERE description <> '' OR reason <> '';
CREATE TRIGGER letterbox_items_uuid AFTER INSERT ON letterbox_items WHEN NEW.uuid IS NULL
  BEGIN UPDATE letterbox_items SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TABLE letterbox_purge_permits (
  item_id INTEGER PRIMARY KEY
);
CREATE TRIGGER letterbox_items_no_delete BEFORE DELETE ON letterbox_items
  BEGIN SELECT RAISE(ABORT, 'a letterbox item cannot be deleted'); END;
-- A decided item is locked: it went to the social work team as it is. The purge (with its
-- permit) may only empty its words.
CREATE TRIGGER letterbox_items_decided_locked BEFORE UPDATE ON letterbox_items
  WHEN OLD.decision <> 'waiting'
   AND NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.decision IS OLD.decision
            AND NEW.description IS OLD.description AND NEW.reason IS OLD.reason AND NEW.from_whom IS OLD.from_whom)
   AND (NOT EXISTS (SELECT 1 FROM letterbox_purge_permits WHERE item_id = OLD.id)
    OR NEW.description <> '' OR NEW.reason <> '' OR NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid
    OR NEW.child_id IS NOT OLD.child_id OR NEW.arrangement_id IS NOT OLD.arrangement_id
    OR NEW.direction IS NOT OLD.direction OR NEW.kind IS NOT OLD.kind OR NEW.from_whom IS NOT OLD.from_whom
    OR NEW.received_at IS NOT OLD.received_at OR NEW.logged_by IS NOT OLD.logged_by
    OR NEW.decision IS NOT OLD.decision OR NEW.checks_passed IS NOT OLD.checks_passed
    OR NEW.checked_by IS NOT OLD.checked_by OR NEW.decided_at IS NOT OLD.decided_at)
  BEGIN SELECT RAISE(ABORT, 'a letterbox item that was forwarded or held cannot be changed'); END;
)sql";

}  // namespace kiosk::store
