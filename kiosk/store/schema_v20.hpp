#pragma once
// schema v20 (issue #16, item 9): feedback that someone reads, and anonymous feedback that is.
// - feedback.session_id may be NULL, and is for anonymous feedback: the lobby keeps no link from
//   an anonymous comment to the visit it was about, so neither this device nor the server can
//   say whose it was. A CHECK holds it: anonymous rows have no session, named rows have one.
// - feedback.venue_id and feedback.week (the venue-local Monday, "2026-11-23"): the coordinator
//   reads feedback by venue and week. Rows from before take the venue of their session and the
//   Monday of their UTC date (the hour or so of a Sunday night that is Monday at the venue is
//   counted in the week before).
// SQLite cannot drop NOT NULL from a column, so the table is rebuilt with the same ids (the
// outbox and purged_entries name rows by id) and the same UUIDs (schema v13), and what v6 and
// v13 put on it made again: its index of rows with text, the UUID index and the trigger that
// gives a UUID to a row inserted without one.
namespace kiosk::store {

inline constexpr const char* kSchemaV20 = R"sql(
CREATE TABLE feedback_v20 (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER REFERENCES sessions(id),
  child_face INTEGER NOT NULL DEFAULT 0 CHECK (child_face BETWEEN 0 AND 5),
  adult_face INTEGER NOT NULL DEFAULT 0 CHECK (adult_face BETWEEN 0 AND 5),
  comment    TEXT NOT NULL DEFAULT '',
  anonymous  INTEGER NOT NULL DEFAULT 0,
  at         INTEGER NOT NULL,
  venue_id   INTEGER REFERENCES venues(id),
  week       TEXT NOT NULL DEFAULT '',
  uuid       TEXT,
  CHECK ((anonymous = 0) = (session_id IS NOT NULL))
);
INSERT INTO feedback_v20 (id, session_id, child_face, adult_face, comment, anonymous, at, venue_id, week, uuid)
  SELECT f.id, CASE WHEN f.anonymous <> 0 THEN NULL ELSE f.session_id END, f.child_face, f.adult_face, f.comment,
         f.anonymous <> 0, f.at,
         (SELECT r.venue_id FROM sessions s JOIN rooms r ON r.id = s.room_id WHERE s.id = f.session_id),
         date(f.at, 'unixepoch', '-6 days', 'weekday 1'), f.uuid
  FROM feedback f;
DROP TABLE feedback;
ALTER TABLE feedback_v20 RENAME TO feedback;
CREATE INDEX feedback_with_text ON feedback(id) WHERE comment <> '';
CREATE INDEX feedback_by_week ON feedback(week, venue_id);
CREATE UNIQUE INDEX feedback_by_uuid ON feedback(uuid);
CREATE TRIGGER feedback_uuid AFTER INSERT ON feedback WHEN NEW.uuid IS NULL
  BEGIN UPDATE feedback SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
)sql";

}  // namespace kiosk::store
