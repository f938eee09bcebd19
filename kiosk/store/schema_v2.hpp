#pragma once
// Schema version 2: what the staff face needs to run a session and sign its record.
// - observation_records gains due_at, late_entry and use_note, written in the same UPDATE
//   that makes the record final (v1's triggers lock the row from then on).
// - A coordinator's review is its own append-only table: the final row itself is locked.
// - Addenda are corrections to a final record, so the database refuses one on a draft.
// - sessions gains what happened on the day: who brought the child, when the parent was
//   brought through, start and end times, and why it ended early.
// - concerns: safeguarding concerns with their severity, append-only.
#include <string_view>

namespace kiosk::store {

inline constexpr std::string_view kSchemaV2 = R"sql(
ALTER TABLE observation_records ADD COLUMN due_at INTEGER;
ALTER TABLE observation_records ADD COLUMN late_entry INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observation_records ADD COLUMN use_note TEXT NOT NULL DEFAULT '';

CREATE TABLE record_reviews (
  record_id   INTEGER PRIMARY KEY REFERENCES observation_records(id),
  reviewed_by INTEGER NOT NULL REFERENCES staff(id),
  reviewed_at INTEGER NOT NULL
);
CREATE TRIGGER record_reviews_final_only BEFORE INSERT ON record_reviews
  WHEN (SELECT state FROM observation_records WHERE id = NEW.record_id) IS NOT 'final'
  BEGIN SELECT RAISE(ABORT, 'only a final observation record can be reviewed'); END;
CREATE TRIGGER record_reviews_no_update BEFORE UPDATE ON record_reviews
  BEGIN SELECT RAISE(ABORT, 'a review cannot be changed'); END;
CREATE TRIGGER record_reviews_no_delete BEFORE DELETE ON record_reviews
  BEGIN SELECT RAISE(ABORT, 'a review cannot be deleted'); END;

CREATE TRIGGER addenda_final_only BEFORE INSERT ON record_addenda
  WHEN (SELECT state FROM observation_records WHERE id = NEW.record_id) IS NOT 'final'
  BEGIN SELECT RAISE(ABORT, 'an addendum is added to a final observation record only'); END;

ALTER TABLE sessions ADD COLUMN brought_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN parent_through_at INTEGER;
ALTER TABLE sessions ADD COLUMN started_at INTEGER;
ALTER TABLE sessions ADD COLUMN ended_at INTEGER;
ALTER TABLE sessions ADD COLUMN ended_early_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN ended_early_words TEXT NOT NULL DEFAULT '';

CREATE TABLE concerns (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER REFERENCES sessions(id),
  raised_by  INTEGER NOT NULL REFERENCES staff(id),
  raised_at  INTEGER NOT NULL,
  severity   TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'immediate_danger')),
  text       TEXT NOT NULL
);
CREATE INDEX concerns_by_session ON concerns(session_id);
CREATE TRIGGER concerns_no_update BEFORE UPDATE ON concerns
  BEGIN SELECT RAISE(ABORT, 'a safeguarding concern cannot be changed; raise another'); END;
CREATE TRIGGER concerns_no_delete BEFORE DELETE ON concerns
  BEGIN SELECT RAISE(ABORT, 'a safeguarding concern cannot be deleted'); END;
)sql";

}  // namespace kiosk::store
