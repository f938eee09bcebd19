#pragma once
// schema v5 (issue #6): plain copies of synced final records can be purged from the device.
// A purge permit is a row that exists only inside the purge's own transaction; the triggers
// that lock a final record's sections, timeline and addenda let a delete through only for a
// record that holds one. Anything else still meets the v1 locks.
namespace kiosk::store {

inline constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE purge_permits (
  record_id INTEGER PRIMARY KEY
);
-- Which final records had their text removed from this device, and when. The record row
-- itself (ids, times, seal) stays, so the day's board and the due list still know of it.
CREATE TABLE purged_records (
  record_id INTEGER PRIMARY KEY REFERENCES observation_records(id),
  purged_at INTEGER NOT NULL
);
CREATE TRIGGER purged_records_no_update BEFORE UPDATE ON purged_records
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;
CREATE TRIGGER purged_records_no_delete BEFORE DELETE ON purged_records
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;

DROP TRIGGER final_record_sections_delete;
CREATE TRIGGER final_record_sections_delete BEFORE DELETE ON record_sections
  WHEN (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'final'
   AND NOT EXISTS (SELECT 1 FROM purge_permits WHERE record_id = OLD.record_id)
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
DROP TRIGGER final_record_timeline_delete;
CREATE TRIGGER final_record_timeline_delete BEFORE DELETE ON record_timeline
  WHEN (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'final'
   AND NOT EXISTS (SELECT 1 FROM purge_permits WHERE record_id = OLD.record_id)
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
DROP TRIGGER addenda_append_only_delete;
CREATE TRIGGER addenda_append_only_delete BEFORE DELETE ON record_addenda
  WHEN NOT EXISTS (SELECT 1 FROM purge_permits WHERE record_id = OLD.record_id)
  BEGIN SELECT RAISE(ABORT, 'an addendum cannot be deleted'); END;
-- A permit is only for a final record whose delivery the server has confirmed.
CREATE TRIGGER purge_permits_synced_only BEFORE INSERT ON purge_permits
  WHEN NOT EXISTS (SELECT 1 FROM observation_records r JOIN outbox o
                     ON o.kind = 'observation_record' AND o.entity_id = r.id AND o.state = 'sent'
                   WHERE r.id = NEW.record_id AND r.state = 'final')
  BEGIN SELECT RAISE(ABORT, 'only a final record the server has received can be purged'); END;
)sql";

}  // namespace kiosk::store
