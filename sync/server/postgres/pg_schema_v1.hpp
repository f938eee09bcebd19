#pragma once
// PostgreSQL schema 1 (issue #14): the receiver's tables, as the SQLite file has them
// (sqlite_schema.hpp), with what several receivers on one database need: identity columns for
// ids and the feed's order, and no secret key anywhere (sealing_key.hpp). Times are Unix seconds
// as in SQLite; a record's created_at is its wire text.
namespace kiosk::sync::server::pg {

inline constexpr const char* kSchemaV1 = R"sql(
-- One row per time a device id was given a token (add-device or enrol). Each has its own
-- audit-head history; a device id has at most one live (not revoked) enrolment.
CREATE TABLE enrolments (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  device_id   text NOT NULL,
  venue_id    bigint NOT NULL,
  role        text NOT NULL,
  public_key  bytea,            -- Ed25519; NULL for add-device (records taken unsigned)
  enrolled_at bigint NOT NULL,
  revoked_at  bigint
);
CREATE UNIQUE INDEX one_live_enrolment ON enrolments (device_id) WHERE revoked_at IS NULL;
-- Bearer tokens by their SHA-256; `pending` marks a rotated token not yet used.
CREATE TABLE device_tokens (
  token_hash   text PRIMARY KEY,
  enrolment_id bigint NOT NULL REFERENCES enrolments (id),
  pending      boolean NOT NULL DEFAULT false
);
CREATE INDEX device_tokens_by_enrolment ON device_tokens (enrolment_id);
CREATE TABLE enrolment_tokens (
  token_hash text PRIMARY KEY,
  device_id  text NOT NULL,
  venue_id   bigint NOT NULL,
  role       text NOT NULL,
  issued_at  bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at    bigint,
  revoked_at bigint
);
CREATE INDEX enrolment_tokens_unused ON enrolment_tokens (device_id) WHERE used_at IS NULL AND revoked_at IS NULL;
-- Every record received, once: the uuid is the key, and a batch inserts with ON CONFLICT DO
-- NOTHING, so a retry through any receiver finds it there.
CREATE TABLE records (
  uuid        text PRIMARY KEY,
  kind        text NOT NULL,
  schema      integer NOT NULL,
  created_at  text NOT NULL,
  device_id   text NOT NULL,
  payload     text NOT NULL,
  received_at bigint NOT NULL
);
CREATE INDEX records_by_kind ON records (kind);
CREATE TABLE audit_heads (
  enrolment_id bigint NOT NULL REFERENCES enrolments (id),
  seq          bigint NOT NULL,
  hash         text NOT NULL,
  seen_at      bigint NOT NULL,
  PRIMARY KEY (enrolment_id, seq)
);
CREATE TABLE history_rewrites (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  enrolment_id bigint NOT NULL,
  device_id    text NOT NULL,
  claimed      text NOT NULL,
  seen_at      bigint NOT NULL
);
CREATE INDEX history_rewrites_by_device ON history_rewrites (device_id);
-- The public half of the sealing key devices enrolled here seal to (the secret half is never
-- in the database): a receiver started with another key refuses to start.
CREATE TABLE sealing_key (
  id          integer PRIMARY KEY CHECK (id = 1),
  public_key  bytea NOT NULL,
  recorded_at bigint NOT NULL
);
-- The pull feed: one row per change and venue it belongs to (venue_id 0: every venue). Imports
-- append one at a time (an advisory lock), so seq grows in commit order and a reader's cursor
-- never passes a change that commits later.
CREATE TABLE feed (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  venue_id    bigint NOT NULL,
  kind        text NOT NULL,
  entity_uuid text NOT NULL,
  body        text NOT NULL
);
CREATE INDEX feed_by_venue ON feed (venue_id, seq);
-- The newest body of every imported entity, with what places it at a venue; `position` keeps
-- the order an entity was first imported in.
CREATE TABLE feed_entities (
  kind       text NOT NULL,
  uuid       text NOT NULL,
  position   bigint GENERATED ALWAYS AS IDENTITY,
  child_uuid text,
  venue_id   bigint,
  body       text NOT NULL,
  PRIMARY KEY (kind, uuid)
);
CREATE INDEX feed_entities_by_child ON feed_entities (child_uuid, kind, position);
CREATE TABLE child_venues (
  child_uuid text NOT NULL,
  venue_id   bigint NOT NULL,
  PRIMARY KEY (child_uuid, venue_id)
);
)sql";

}  // namespace kiosk::sync::server::pg
