#pragma once
// The SQLite receiver database's tables (schema 4, PRAGMA user_version). Schema 1 (before
// issue #12) had one token per device id and no venues; sqlite_storage.cpp refuses such a file
// with a sentence saying what to do, rather than guess a venue and role for every device in it.
// Schema 3 (issue #13) names the feed's entities by UUID; a schema 2 file is migrated by
// emptying its feed (kFeedSchemaV3), which devices of this version could not read anyway.
// Schema 4 (issue #14) keeps only the sealing key's public half (kSealingSchemaV4); the
// server_keys table of an older file, secret half included, stays until `serve` has moved the
// secret into its key file (sealing_key.cpp), and is then dropped.
// Schema 5 (issue #17) keeps each format-2 batch's signed manifest and each record's place in
// it (kProofSchemaV5), so a stored record can be checked against its device's key later.
// PostgreSQL has its own numbered migrations (postgres/pg_migrations.hpp).
namespace kiosk::sync::server {

inline constexpr int kServerSchemaVersion = 5;

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

// Schema 4: the public half of the sealing key devices enrolled here seal to, so that a server
// started with another key refuses to start instead of taking records it cannot open. Also the
// migration from schema 3, which copies it from the old server_keys table.
inline constexpr const char* kSealingSchemaV4 = R"sql(
CREATE TABLE sealing_key (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  public_key  BLOB NOT NULL,
  recorded_at INTEGER NOT NULL
);
)sql";
inline constexpr const char* kCopyLegacyPublicKey = R"sql(
INSERT INTO sealing_key (id, public_key, recorded_at)
  SELECT 1, public_key, strftime('%s', 'now') FROM server_keys WHERE id = 1;
)sql";

// Schema 5: a format-2 batch's manifest and signature, once per batch key (a batch key seen
// again with another manifest is a replay, refused), and on every record it stored, its
// position in the manifest and its salt (sealed records; NULL for plain ones and format 1).
inline constexpr const char* kProofSchemaV5 = R"sql(
CREATE TABLE batch_manifests (
  id           INTEGER PRIMARY KEY,
  enrolment_id INTEGER NOT NULL,
  batch_key    TEXT NOT NULL UNIQUE,
  manifest     TEXT NOT NULL,
  signature    TEXT NOT NULL,
  received_at  INTEGER NOT NULL
);
ALTER TABLE records ADD COLUMN manifest_id INTEGER REFERENCES batch_manifests(id);
ALTER TABLE records ADD COLUMN position INTEGER;
ALTER TABLE records ADD COLUMN salt BLOB;
)sql";

}  // namespace kiosk::sync::server
