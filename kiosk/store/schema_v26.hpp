#pragma once
// schema v26: copies received from the venue hub leave the device too. The purges of v5/v6 take
// the words of what this device sent once the social work team has them; the words it was sent by
// the hub (a concern's words on a coordinator's PC, life-story notes and letterbox items on every
// staff device) had no outbox row there, so they stayed for ever. A copy is not the one the social
// work team relies on (the device that wrote it and the hub hold that), so its words go when
// [records] keep_synced_days have passed since it arrived.
// - received_entries: which rows came from the hub, and when; written by the replica applier.
//   Rows received before v26 are not known and keep their words (they cannot be told from rows
//   made here that wait for the social work team).
// - a concern's purge permit, until now only for a concern the server confirmed, is also granted
//   to a concern that came from the hub.
namespace kiosk::store {

inline constexpr const char* kSchemaV26 = R"sql(
CREATE TABLE received_entries (
  kind        TEXT NOT NULL CHECK (kind IN ('concern', 'life_story_note', 'letterbox_item')),
  entity_id   INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (kind, entity_id)
) WITHOUT ROWID;
CREATE INDEX received_entries_by_time ON received_entries(kind, received_at);
CREATE TRIGGER received_entries_no_update BEFORE UPDATE ON received_entries
  BEGIN SELECT RAISE(ABORT, 'when a copy arrived is not changed'); END;

DROP TRIGGER concern_purge_permits_synced_only;
CREATE TRIGGER concern_purge_permits_synced_only BEFORE INSERT ON concern_purge_permits
  WHEN NOT EXISTS (SELECT 1 FROM outbox o
                   WHERE o.kind = 'concern' AND o.entity_id = NEW.concern_id AND o.state = 'sent')
   AND NOT EXISTS (SELECT 1 FROM received_entries r
                   WHERE r.kind = 'concern' AND r.entity_id = NEW.concern_id)
  BEGIN SELECT RAISE(ABORT, 'only a concern the server has received, or a copy from the hub, can be purged'); END;
)sql";

}  // namespace kiosk::store
