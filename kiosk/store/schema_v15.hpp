#pragma once
// Schema version 15 (issue #16, item 1): brothers and sisters in one session. The session's own
// child stays `sessions.child_id` (position 1, whose agreement it is); the agreement version
// names the siblings who come too, each with their own carer's arrival window and leave order
// (they may live in different placements), and a booked session copies them with real times.
// Who brought each sibling, and when, is kept per sibling. Possible siblings are children with
// the same parent recorded (an index on the adults' names finds them). Self-contained: the lead renumbers
// migrations at merge.
namespace kiosk::store {

inline constexpr const char* kSchemaV15 = R"sql(
CREATE TABLE agreement_siblings (
  agreement_version_id              INTEGER NOT NULL REFERENCES agreement_versions(id),
  child_id                          INTEGER NOT NULL REFERENCES children(id),
  position                          INTEGER NOT NULL CHECK (position BETWEEN 2 AND 6),
  carer_arrive_from_minutes_before  INTEGER NOT NULL,
  carer_arrive_until_minutes_before INTEGER NOT NULL,
  carer_leave_order                 INTEGER NOT NULL,
  PRIMARY KEY (agreement_version_id, child_id),
  UNIQUE (agreement_version_id, position)
) WITHOUT ROWID;
CREATE INDEX agreement_siblings_by_child ON agreement_siblings(child_id);

CREATE TABLE session_siblings (
  session_id         INTEGER NOT NULL REFERENCES sessions(id),
  child_id           INTEGER NOT NULL REFERENCES children(id),
  position           INTEGER NOT NULL CHECK (position BETWEEN 2 AND 6),
  carer_arrive_from  INTEGER NOT NULL,
  carer_arrive_until INTEGER NOT NULL,
  carer_leave_order  INTEGER NOT NULL,
  brought_by         TEXT NOT NULL DEFAULT '',
  arrived_at         INTEGER,
  PRIMARY KEY (session_id, child_id),
  UNIQUE (session_id, position)
) WITHOUT ROWID;
CREATE INDEX session_siblings_by_child ON session_siblings(child_id);

-- A sibling's arrival is the booking's news (the venue's journal, schema v14): the booking's
-- snapshot carries its siblings.
CREATE TRIGGER session_siblings_journal_update AFTER UPDATE ON session_siblings
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('booking', NEW.session_id)
        ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;

-- Brothers and sisters are found by the parent recorded for both (FamilyRepository::possible_siblings).
CREATE INDEX family_adults_by_name ON family_adults(surname, first_name);
)sql";

}  // namespace kiosk::store
