#pragma once
// Schema version 4: the coordinator face. Venue locations and the child's approximate home
// (to suggest the venue with the shortest journey), agreement arrival plans and custom
// intervals, placements with their comfort call and icebreaker, missed sessions and the
// flags they raise for the social worker. Self-contained: only ALTERs and new tables.
#include <string_view>

namespace kiosk::store {

inline constexpr std::string_view kSchemaV4 = R"sql(
ALTER TABLE venues ADD COLUMN latitude REAL;
ALTER TABLE venues ADD COLUMN longitude REAL;
-- Approximate (the centre of the postcode district), never the address; restricted.
ALTER TABLE children ADD COLUMN restricted_home_latitude REAL;
ALTER TABLE children ADD COLUMN restricted_home_longitude REAL;

ALTER TABLE agreement_versions ADD COLUMN custom_interval_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agreement_versions ADD COLUMN leave_gap_minutes INTEGER NOT NULL DEFAULT 10;

CREATE TABLE agreement_arrival_plans (
  agreement_version_id        INTEGER NOT NULL REFERENCES agreement_versions(id),
  party                       TEXT NOT NULL CHECK (party IN ('family', 'carer')),
  arrive_from_minutes_before  INTEGER NOT NULL,
  arrive_until_minutes_before INTEGER NOT NULL,
  leave_order                 INTEGER NOT NULL,
  PRIMARY KEY (agreement_version_id, party)
) WITHOUT ROWID;

CREATE TABLE placements (
  id        INTEGER PRIMARY KEY,
  child_id  INTEGER NOT NULL REFERENCES children(id),
  placed_at INTEGER NOT NULL,
  owner_id  INTEGER REFERENCES staff(id)
);
CREATE INDEX placements_by_child ON placements(child_id);

CREATE TABLE comfort_calls (
  id                       INTEGER PRIMARY KEY,
  placement_id             INTEGER NOT NULL UNIQUE REFERENCES placements(id),
  critical_connection      TEXT NOT NULL DEFAULT '',
  platform                 TEXT NOT NULL DEFAULT '',
  child_wants_to_say       TEXT NOT NULL DEFAULT '',
  family_wants_to_say      TEXT NOT NULL DEFAULT '',
  urgent_needs             TEXT NOT NULL DEFAULT '',
  comfort_item_and_routine TEXT NOT NULL DEFAULT '',
  allergies_and_medicines  TEXT NOT NULL DEFAULT '',
  formula_or_baby_food     TEXT NOT NULL DEFAULT '',
  nap_and_feeding          TEXT NOT NULL DEFAULT '',
  held                     INTEGER NOT NULL DEFAULT 0,
  held_at                  INTEGER,
  how_it_went              TEXT NOT NULL DEFAULT '',
  ended_early              INTEGER NOT NULL DEFAULT 0,
  ended_calmly             INTEGER NOT NULL DEFAULT 1,
  recorded_by              INTEGER REFERENCES staff(id)
);

CREATE TABLE icebreakers (
  id              INTEGER PRIMARY KEY,
  placement_id    INTEGER NOT NULL UNIQUE REFERENCES placements(id),
  virtual_meeting INTEGER NOT NULL DEFAULT 0,
  held            INTEGER NOT NULL DEFAULT 0,
  held_at         INTEGER,
  child_took_part INTEGER NOT NULL DEFAULT 0,
  routines        TEXT NOT NULL DEFAULT '',
  needs           TEXT NOT NULL DEFAULT '',
  culture         TEXT NOT NULL DEFAULT '',
  recorded_by     INTEGER REFERENCES staff(id)
);

CREATE TABLE missed_sessions (
  id          INTEGER PRIMARY KEY,
  session_id  INTEGER NOT NULL UNIQUE REFERENCES sessions(id),
  kind        TEXT NOT NULL CHECK (kind IN ('no_show', 'cancelled_by_family', 'cancelled_by_service')),
  who         TEXT NOT NULL,
  reason      TEXT NOT NULL,
  recorded_by INTEGER NOT NULL REFERENCES staff(id),
  recorded_at INTEGER NOT NULL
);

-- A case waiting for the social worker's decision (a run of missed sessions).
CREATE TABLE case_flags (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES children(id),
  kind        TEXT NOT NULL,
  raised_at   INTEGER NOT NULL,
  resolved_at INTEGER
);
CREATE INDEX case_flags_open ON case_flags(child_id, resolved_at);
)sql";

}  // namespace kiosk::store
