#pragma once
// schema v23 (issue #16, item 2, in the venue of issue #13): call events travel. A worker records
// who joined, left or dropped off a video or phone call on their tablet; the venue's other
// tablets, the coordinator's PC and the social work team need them too (a virtual session's
// record must show when the call dropped). So a call event becomes a replicated, append-only row:
// - `uuid` (v13's pattern): existing rows get a random version 4 UUID here, new rows one from the
//   trigger. v16's lock refused every UPDATE; it is made again letting exactly that fill through.
// - a journal trigger (v14's): each event written here, but not one applied from a pull, is sent
//   once as a `call_event` snapshot (it never changes, so it is sent exactly once). Events
//   recorded before this version are put in the journal now, so they travel too.
// Self-contained: the lead renumbers migrations at merge.
namespace kiosk::store {

inline constexpr const char* kSchemaV23 = R"sql(
ALTER TABLE call_events ADD COLUMN uuid TEXT;
DROP TRIGGER call_events_no_update;
UPDATE call_events SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX call_events_by_uuid ON call_events(uuid);
CREATE TRIGGER call_events_uuid AFTER INSERT ON call_events WHEN NEW.uuid IS NULL
  BEGIN UPDATE call_events SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
-- The one change allowed: a missing UUID filled in, nothing else touched.
CREATE TRIGGER call_events_no_update BEFORE UPDATE ON call_events
  WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.session_id IS OLD.session_id
            AND NEW.at IS OLD.at AND NEW.party IS OLD.party AND NEW.event IS OLD.event
            AND NEW.recorded_by IS OLD.recorded_by)
  BEGIN SELECT RAISE(ABORT, 'a call event cannot be changed; record another'); END;
CREATE TRIGGER call_events_journal_insert AFTER INSERT ON call_events WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('call_event', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
INSERT INTO replication_journal (kind, entity_id) SELECT 'call_event', id FROM call_events WHERE true
  ON CONFLICT(kind, entity_id) DO NOTHING;
)sql";

}  // namespace kiosk::store
