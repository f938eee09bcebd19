#pragma once
// Schema version 16 (issue #16, items 2 and 5): how contact happens. An agreement version says
// whether contact is at the venue, a video or phone call (on which platform, and who starts
// it) or in the community (where), and who supervises (a contact worker, the child's carer,
// or a consistent adult, by first name). A call's events (joined, left, dropped) are kept like
// a visit's arrivals, append-only. Self-contained: the lead renumbers migrations at merge.
namespace kiosk::store {

inline constexpr const char* kSchemaV16 = R"sql(
ALTER TABLE agreement_versions ADD COLUMN contact_mode TEXT NOT NULL DEFAULT 'venue'
  CHECK (contact_mode IN ('venue', 'virtual', 'community'));
ALTER TABLE agreement_versions ADD COLUMN call_platform TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement_versions ADD COLUMN call_started_by TEXT NOT NULL DEFAULT 'worker'
  CHECK (call_started_by IN ('worker', 'family', 'carer'));
ALTER TABLE agreement_versions ADD COLUMN community_place TEXT NOT NULL DEFAULT '';
ALTER TABLE agreement_versions ADD COLUMN supervised_by TEXT NOT NULL DEFAULT 'contact_worker'
  CHECK (supervised_by IN ('contact_worker', 'carer', 'consistent_adult'));
ALTER TABLE agreement_versions ADD COLUMN supervisor_name TEXT NOT NULL DEFAULT '';

CREATE TABLE call_events (
  id          INTEGER PRIMARY KEY,
  session_id  INTEGER NOT NULL REFERENCES sessions(id),
  at          INTEGER NOT NULL,
  party       TEXT NOT NULL CHECK (party IN ('family', 'child', 'carer')),
  event       TEXT NOT NULL CHECK (event IN ('joined', 'left', 'dropped')),
  recorded_by INTEGER NOT NULL REFERENCES staff(id)
);
CREATE INDEX call_events_by_session ON call_events(session_id, at);
CREATE TRIGGER call_events_no_update BEFORE UPDATE ON call_events
  BEGIN SELECT RAISE(ABORT, 'a call event cannot be changed; record another'); END;
CREATE TRIGGER call_events_no_delete BEFORE DELETE ON call_events
  BEGIN SELECT RAISE(ABORT, 'a call event cannot be removed'); END;
)sql";

}  // namespace kiosk::store
