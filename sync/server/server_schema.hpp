#pragma once
// The server database's tables (schema 3, PRAGMA user_version). Schema 1 (before issue #12)
// had one token per device id and no venues; server_store.cpp refuses such a file with a
// sentence saying what to do, rather than guess a venue and role for every device in it.
// Schema 3 (issue #13) names the feed's entities by UUID; a schema 2 file is migrated by
// emptying its feed (kFeedSchemaV3), which devices of this version could not read anyway.
namespace kiosk::sync::server {

inline constexpr int kServerSchemaVersion = 3;

inline constexpr const char* kServerSchema = R"sql(
-- One row per time a device id was given a token (add-device or enrol). Each has its own
-- audit-head history; a device id has at most one live (not revoked) enrolment.
CREATE TABLE enrolments (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  device_id   TEXT NOT NULL,
  venue_id    INTEGER NOT NULL,
  role        TEXT NOT NULL,
  public_key  BLOB,              -- Ed25519; NULL for add-device (records taken unsigned)
  enrolled_at INTEGER NOT NULL,
  revoked_at  INTEGER
);
CREATE UNIQUE INDEX one_live_enrolment ON enrolments(device_id) WHERE revoked_at IS NULL;
-- Bearer tokens by their SHA-256; `pending` marks a rotated token not yet used.
CREATE TABLE device_tokens (
  token_hash   TEXT PRIMARY KEY,
  enrolment_id INTEGER NOT NULL REFERENCES enrolments(id),
  pending      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX device_tokens_by_enrolment ON device_tokens(enrolment_id);
CREATE TABLE enrolment_tokens (
  token_hash TEXT PRIMARY KEY,
  device_id  TEXT NOT NULL,
  venue_id   INTEGER NOT NULL,
  role       TEXT NOT NULL,
  issued_at  INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER,
  revoked_at INTEGER
);
CREATE TABLE records (
  uuid        TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,
  schema      INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  payload     TEXT NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE TABLE server_keys (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  public_key BLOB NOT NULL,
  secret_key BLOB NOT NULL
);
CREATE TABLE audit_heads (
  enrolment_id INTEGER NOT NULL,
  seq          INTEGER NOT NULL,
  hash         TEXT NOT NULL,
  seen_at      INTEGER NOT NULL,
  PRIMARY KEY (enrolment_id, seq)
);
CREATE TABLE history_rewrites (
  id           INTEGER PRIMARY KEY,
  enrolment_id INTEGER NOT NULL,
  device_id    TEXT NOT NULL,
  claimed      TEXT NOT NULL,
  seen_at      INTEGER NOT NULL
);
)sql";

// The pull feed, by entity UUID (schema 3). Also the migration from schema 2: the old feed's
// tables are dropped first (their integer ids mean nothing to a device of this version).
inline constexpr const char* kFeedSchemaV3 = R"sql(
DROP TABLE IF EXISTS feed;
DROP TABLE IF EXISTS feed_entities;
DROP TABLE IF EXISTS child_venues;
-- One row per change and venue it belongs to (venue_id 0: every venue). Venues are the numbers
-- devices are enrolled for (a feed's venue carries its number).
CREATE TABLE feed (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  venue_id    INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  entity_uuid TEXT NOT NULL,
  body        TEXT NOT NULL
);
CREATE INDEX feed_by_venue ON feed(venue_id, seq);
-- The newest body of every imported entity, with what places it at a venue, so that a later
-- import that links a family to another venue can send that venue what it lacks.
CREATE TABLE feed_entities (
  kind       TEXT NOT NULL,
  uuid       TEXT NOT NULL,
  child_uuid TEXT,            -- the family it belongs to
  venue_id   INTEGER,         -- a venue's number, a room's venue, or that of a booking's or version's room
  body       TEXT NOT NULL,
  PRIMARY KEY (kind, uuid)
);
CREATE INDEX feed_entities_by_child ON feed_entities(child_uuid);
CREATE TABLE child_venues (
  child_uuid TEXT NOT NULL,
  venue_id   INTEGER NOT NULL,
  PRIMARY KEY (child_uuid, venue_id)
);
)sql";

}  // namespace kiosk::sync::server
