#pragma once
// Schema version 1. Times are UTC seconds since the epoch; venue-local times are derived
// with the venue's time zone. Columns named restricted_* never reach the family face.
#include <string_view>

namespace kiosk::store {

inline constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE venues (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  time_zone   TEXT NOT NULL,
  address     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE rooms (
  id          INTEGER PRIMARY KEY,
  venue_id    INTEGER NOT NULL REFERENCES venues(id),
  name        TEXT NOT NULL,
  capacity    INTEGER NOT NULL DEFAULT 0,
  features    TEXT NOT NULL DEFAULT ''          -- comma-separated feature keys
);

CREATE TABLE children (
  id                 INTEGER PRIMARY KEY,
  first_name         TEXT NOT NULL,
  restricted_surname TEXT NOT NULL DEFAULT '',
  date_of_birth      TEXT NOT NULL,               -- YYYY-MM-DD
  needs              TEXT NOT NULL DEFAULT '',
  allergies          TEXT NOT NULL DEFAULT '',
  medical            TEXT NOT NULL DEFAULT '',
  restricted_school  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE family_adults (
  id           INTEGER PRIMARY KEY,
  child_id     INTEGER NOT NULL REFERENCES children(id),
  first_name   TEXT NOT NULL,
  surname      TEXT NOT NULL DEFAULT '',
  relationship TEXT NOT NULL
);
CREATE INDEX family_adults_by_child ON family_adults(child_id);

CREATE TABLE carers (
  id                 INTEGER PRIMARY KEY,
  child_id           INTEGER NOT NULL REFERENCES children(id),
  first_name         TEXT NOT NULL,
  restricted_surname TEXT NOT NULL DEFAULT '',
  restricted_address TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX carers_by_child ON carers(child_id);

CREATE TABLE staff (
  id               INTEGER PRIMARY KEY,
  display_name     TEXT NOT NULL,
  role             TEXT NOT NULL CHECK (role IN ('worker', 'coordinator')),
  active           INTEGER NOT NULL DEFAULT 1,
  pin_hash         TEXT NOT NULL DEFAULT '',      -- Argon2id, crypto_pwhash_str
  failed_attempts  INTEGER NOT NULL DEFAULT 0,
  total_failures   INTEGER NOT NULL DEFAULT 0,
  locked_until     INTEGER NOT NULL DEFAULT 0,
  last_attempt_at  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE referrals (
  id                  INTEGER PRIMARY KEY,
  child_id            INTEGER NOT NULL REFERENCES children(id),
  social_worker       TEXT NOT NULL,
  social_worker_notes TEXT NOT NULL DEFAULT '',
  received_at         INTEGER NOT NULL,
  status              TEXT NOT NULL DEFAULT 'new'
                      CHECK (status IN ('new', 'in_progress', 'agreed', 'closed'))
);

CREATE TABLE risk_assessments (
  id                     INTEGER PRIMARY KEY,
  referral_id            INTEGER NOT NULL REFERENCES referrals(id),
  assessed_by            INTEGER NOT NULL REFERENCES staff(id),
  assessed_at            INTEGER NOT NULL,
  risk_factors           TEXT NOT NULL DEFAULT '',
  protective_factors     TEXT NOT NULL DEFAULT '',
  contact_history        TEXT NOT NULL DEFAULT '',
  child_wishes           TEXT NOT NULL DEFAULT '',
  recommended_level      TEXT NOT NULL,
  chosen_level           TEXT NOT NULL,
  reason_for_lower_level TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agreements (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES children(id),
  referral_id INTEGER REFERENCES referrals(id),
  created_at  INTEGER NOT NULL
);

CREATE TABLE agreement_versions (
  id                        INTEGER PRIMARY KEY,
  agreement_id              INTEGER NOT NULL REFERENCES agreements(id),
  version                   INTEGER NOT NULL,
  effective_from            INTEGER NOT NULL,
  supervision_level         TEXT NOT NULL
                            CHECK (supervision_level IN ('unsupervised', 'supported', 'supervised', 'closely_supervised')),
  frequency                 TEXT NOT NULL DEFAULT 'weekly',
  session_minutes           INTEGER NOT NULL,
  room_id                   INTEGER REFERENCES rooms(id),
  grace_minutes             INTEGER NOT NULL DEFAULT 15,
  recording_timescale_hours INTEGER NOT NULL DEFAULT 24,
  recording_working_days    INTEGER NOT NULL DEFAULT 0,
  review_date               TEXT NOT NULL,
  UNIQUE (agreement_id, version)
);

CREATE TABLE agreement_rules (
  id                   INTEGER PRIMARY KEY,
  agreement_version_id INTEGER NOT NULL REFERENCES agreement_versions(id),
  position             INTEGER NOT NULL,
  kind                 TEXT NOT NULL,
  text                 TEXT NOT NULL
);
CREATE INDEX agreement_rules_by_version ON agreement_rules(agreement_version_id);

CREATE TABLE approved_attendees (
  agreement_version_id INTEGER NOT NULL REFERENCES agreement_versions(id),
  adult_id             INTEGER NOT NULL REFERENCES family_adults(id),
  PRIMARY KEY (agreement_version_id, adult_id)
);

CREATE TABLE sessions (
  id                   INTEGER PRIMARY KEY,
  agreement_version_id INTEGER NOT NULL REFERENCES agreement_versions(id),
  child_id             INTEGER NOT NULL REFERENCES children(id),
  room_id              INTEGER NOT NULL REFERENCES rooms(id),
  worker_id            INTEGER REFERENCES staff(id),
  starts_at            INTEGER NOT NULL,
  minutes              INTEGER NOT NULL,
  visit_code           TEXT NOT NULL UNIQUE,
  state                TEXT NOT NULL DEFAULT 'booked'
);
CREATE INDEX sessions_by_start ON sessions(starts_at);
CREATE INDEX sessions_by_child ON sessions(child_id, starts_at);

CREATE TABLE arrival_windows (
  session_id   INTEGER NOT NULL REFERENCES sessions(id),
  party        TEXT NOT NULL CHECK (party IN ('family', 'carer')),
  arrive_from  INTEGER NOT NULL,
  arrive_until INTEGER NOT NULL,
  leave_order  INTEGER NOT NULL,
  PRIMARY KEY (session_id, party)
) WITHOUT ROWID;

CREATE TABLE check_ins (
  id                  INTEGER PRIMARY KEY,
  session_id          INTEGER NOT NULL REFERENCES sessions(id),
  adult_id            INTEGER NOT NULL REFERENCES family_adults(id),
  party               TEXT NOT NULL,
  at                  INTEGER NOT NULL,
  agreement_confirmed INTEGER NOT NULL DEFAULT 0,
  agreement_version   INTEGER NOT NULL DEFAULT 0,
  signature_strokes   TEXT NOT NULL DEFAULT '',
  UNIQUE (session_id, adult_id)
);

CREATE TABLE observation_records (
  id           INTEGER PRIMARY KEY,
  session_id   INTEGER NOT NULL UNIQUE REFERENCES sessions(id),
  author_id    INTEGER NOT NULL REFERENCES staff(id),
  state        TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final')),
  created_at   INTEGER NOT NULL,
  finalized_at INTEGER,
  signature    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE record_sections (
  record_id  INTEGER NOT NULL REFERENCES observation_records(id),
  section    TEXT NOT NULL,
  text       TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (record_id, section)
) WITHOUT ROWID;

CREATE TABLE record_timeline (
  id        INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES observation_records(id),
  at        INTEGER NOT NULL,
  chip      TEXT NOT NULL DEFAULT '',
  text      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX record_timeline_by_record ON record_timeline(record_id, at);

CREATE TABLE record_addenda (
  id        INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES observation_records(id),
  author_id INTEGER NOT NULL REFERENCES staff(id),
  at        INTEGER NOT NULL,
  text      TEXT NOT NULL
);

-- A final record is locked: its row, sections and timeline refuse every change.
CREATE TRIGGER final_record_locked BEFORE UPDATE ON observation_records
  WHEN OLD.state = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER final_record_undeletable BEFORE DELETE ON observation_records
  WHEN OLD.state = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be deleted'); END;
CREATE TRIGGER final_record_sections_insert BEFORE INSERT ON record_sections
  WHEN (SELECT state FROM observation_records WHERE id = NEW.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER final_record_sections_update BEFORE UPDATE ON record_sections
  WHEN (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER final_record_sections_delete BEFORE DELETE ON record_sections
  WHEN (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER final_record_timeline_insert BEFORE INSERT ON record_timeline
  WHEN (SELECT state FROM observation_records WHERE id = NEW.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER final_record_timeline_update BEFORE UPDATE ON record_timeline
  WHEN (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER final_record_timeline_delete BEFORE DELETE ON record_timeline
  WHEN (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'final'
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
CREATE TRIGGER addenda_append_only_update BEFORE UPDATE ON record_addenda
  BEGIN SELECT RAISE(ABORT, 'an addendum cannot be changed'); END;
CREATE TRIGGER addenda_append_only_delete BEFORE DELETE ON record_addenda
  BEGIN SELECT RAISE(ABORT, 'an addendum cannot be deleted'); END;

CREATE TABLE feedback (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id),
  child_face INTEGER NOT NULL DEFAULT 0 CHECK (child_face BETWEEN 0 AND 5),
  adult_face INTEGER NOT NULL DEFAULT 0 CHECK (adult_face BETWEEN 0 AND 5),
  comment    TEXT NOT NULL DEFAULT '',
  anonymous  INTEGER NOT NULL DEFAULT 0,
  at         INTEGER NOT NULL
);

CREATE TABLE alerts (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  session_id      INTEGER REFERENCES sessions(id),
  raised_at       INTEGER NOT NULL,
  detail          TEXT NOT NULL DEFAULT '',
  acknowledged_by INTEGER REFERENCES staff(id),
  acknowledged_at INTEGER
);
CREATE INDEX alerts_open ON alerts(acknowledged_at, raised_at);

-- Tamper-evident history: each row's hash covers the previous row's hash (BLAKE2b-256).
CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  detail    TEXT NOT NULL DEFAULT '',
  prev_hash BLOB NOT NULL,
  hash      BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Records waiting to go to the social work team. priority 1 is the fast lane
-- (safeguarding concerns, lobby alerts), sent as soon as any network is there.
CREATE TABLE outbox (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL,
  entity_id   INTEGER NOT NULL,
  created_at  INTEGER NOT NULL,
  priority    INTEGER NOT NULL DEFAULT 0,
  payload     TEXT NOT NULL,
  state       TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'rejected')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  last_error  TEXT NOT NULL DEFAULT '',
  sent_at     INTEGER
);
CREATE INDEX outbox_queue ON outbox(state, priority DESC, id);

-- Small facts about this device and its sync: the pull cursor, the last sync, the lobby lock.
CREATE TABLE device_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

}  // namespace kiosk::store
