#pragma once
// schema v12 (issue #15, item 5): what a coordinator needs to finish the week.
// - record_handovers: a draft handed from one worker to another (a sick day must not block a
//   record). The draft's holder is the latest hand-over's `to_staff`, else its author. Only a
//   draft can be handed over; a hand-over is never changed or removed.
// - record_writers: who wrote which part of a record (a section's name, or 'timeline'), so a
//   handed-over record still shows who wrote what. Locked with the record once it is final.
// - session_changes: a booked session cancelled, or moved (cancelled, and a new session with a
//   fresh visit code booked in its place), with the reason the notice to the social work team gives.
// - referral_closures: why and by whom a referral was closed.
// - case_flags learn who resolved a flag and the note they left; a resolved flag stays as it is.
namespace kiosk::store {

inline constexpr const char* kSchemaV12 = R"sql(
CREATE TABLE record_handovers (
  id         INTEGER PRIMARY KEY,
  record_id  INTEGER NOT NULL REFERENCES observation_records(id),
  from_staff INTEGER NOT NULL REFERENCES staff(id),
  to_staff   INTEGER NOT NULL REFERENCES staff(id),
  by_staff   INTEGER NOT NULL REFERENCES staff(id),
  at         INTEGER NOT NULL,
  reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX record_handovers_by_record ON record_handovers(record_id, id);
CREATE TRIGGER record_handovers_drafts_only BEFORE INSERT ON record_handovers
  WHEN (SELECT state FROM observation_records WHERE id = NEW.record_id) IS NOT 'draft'
  BEGIN SELECT RAISE(ABORT, 'only a draft can be handed over'); END;
CREATE TRIGGER record_handovers_no_update BEFORE UPDATE ON record_handovers
  BEGIN SELECT RAISE(ABORT, 'a hand-over cannot be changed'); END;
CREATE TRIGGER record_handovers_no_delete BEFORE DELETE ON record_handovers
  BEGIN SELECT RAISE(ABORT, 'a hand-over cannot be removed'); END;

CREATE TABLE record_writers (
  record_id INTEGER NOT NULL REFERENCES observation_records(id),
  part      TEXT NOT NULL,
  staff_id  INTEGER NOT NULL REFERENCES staff(id),
  first_at  INTEGER NOT NULL,
  last_at   INTEGER NOT NULL,
  PRIMARY KEY (record_id, part, staff_id)
) WITHOUT ROWID;
CREATE TRIGGER record_writers_final_insert BEFORE INSERT ON record_writers
  WHEN (SELECT state FROM observation_records WHERE id = NEW.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER record_writers_final_update BEFORE UPDATE ON record_writers
  WHEN (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER record_writers_no_delete BEFORE DELETE ON record_writers
  BEGIN SELECT RAISE(ABORT, 'who wrote a record cannot be removed'); END;

CREATE TABLE session_changes (
  id             INTEGER PRIMARY KEY,
  session_id     INTEGER NOT NULL REFERENCES sessions(id),
  kind           TEXT NOT NULL CHECK (kind IN ('cancelled', 'moved')),
  new_session_id INTEGER REFERENCES sessions(id),
  reason         TEXT NOT NULL,
  by_staff       INTEGER NOT NULL REFERENCES staff(id),
  at             INTEGER NOT NULL
);
CREATE INDEX session_changes_by_session ON session_changes(session_id);
CREATE TRIGGER session_changes_no_update BEFORE UPDATE ON session_changes
  BEGIN SELECT RAISE(ABORT, 'a session change cannot be changed'); END;
CREATE TRIGGER session_changes_no_delete BEFORE DELETE ON session_changes
  BEGIN SELECT RAISE(ABORT, 'a session change cannot be removed'); END;

CREATE TABLE referral_closures (
  referral_id INTEGER PRIMARY KEY REFERENCES referrals(id),
  closed_by   INTEGER NOT NULL REFERENCES staff(id),
  closed_at   INTEGER NOT NULL,
  reason      TEXT NOT NULL
);
CREATE TRIGGER referral_closures_no_update BEFORE UPDATE ON referral_closures
  BEGIN SELECT RAISE(ABORT, 'a closure cannot be changed'); END;
CREATE TRIGGER referral_closures_no_delete BEFORE DELETE ON referral_closures
  BEGIN SELECT RAISE(ABORT, 'a closure cannot be removed'); END;

ALTER TABLE case_flags ADD COLUMN resolved_by INTEGER REFERENCES staff(id);
ALTER TABLE case_flags ADD COLUMN resolution TEXT NOT NULL DEFAULT '';
CREATE TRIGGER case_flags_resolved_stay BEFORE UPDATE ON case_flags
  WHEN OLD.resolved_at IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'a resolved case flag cannot be changed'); END;
)sql";

}  // namespace kiosk::store
