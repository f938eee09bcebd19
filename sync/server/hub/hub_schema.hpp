#pragma once
// The venue hub's own tables, in the same SQLite file as the server's (one file to back up),
// written through the hub's own connection (hub_store.hpp). Made when a database first serves
// as a hub; every statement is IF NOT EXISTS, so opening again changes nothing.
namespace kiosk::sync::server::hub {

inline constexpr const char* kHubSchema = R"sql(
-- The venue this hub serves, fixed when it is set up (hub-enrol, or serve --role hub --venue).
CREATE TABLE IF NOT EXISTS hub_settings (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  venue_id   INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
-- Named positions: 'applied' (the last hub_arrivals.position applied to the venue's state),
-- 'seq' (the last change sequence number given), 'upstream_feed' (the upstream's cursor).
CREATE TABLE IF NOT EXISTS hub_cursors (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- Every record the server stores, in the order it was stored: the trigger runs inside the
-- server's own batch transaction, so a stored record always has its place here, and a record
-- answered already_stored (no insert) never gets a second one. AUTOINCREMENT: positions are
-- never reused, whatever VACUUM does to the records table's rowids.
CREATE TABLE IF NOT EXISTS hub_arrivals (
  position INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid     TEXT NOT NULL UNIQUE
);
CREATE TRIGGER IF NOT EXISTS hub_record_arrived AFTER INSERT ON records
BEGIN
  INSERT INTO hub_arrivals (uuid) VALUES (NEW.uuid);
END;
-- The venue's state: the current snapshot of every entity ({"kind":..,"data":{..}}) with the
-- sequence number of its last change. A change gives the entity the next number, so a device
-- that asks for seq > N gets only the latest state of what changed.
--   origin_device: the device whose message last changed it (NULL: the upstream or the hub)
--   audience:      the only device that receives it (a receipt), NULL for every device
CREATE TABLE IF NOT EXISTS hub_entities (
  kind          TEXT NOT NULL,
  key           TEXT NOT NULL,
  seq           INTEGER NOT NULL,
  body          TEXT NOT NULL,
  origin_device TEXT,
  audience      TEXT,
  changed_at    INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE UNIQUE INDEX IF NOT EXISTS hub_entities_by_seq ON hub_entities(seq);
CREATE INDEX IF NOT EXISTS hub_entities_by_key ON hub_entities(key);
-- What goes upstream, in the order it was applied, each once. chain_hash links every row to
-- the one before (BLAKE2b-256), the hub's audit chain towards the upstream.
CREATE TABLE IF NOT EXISTS hub_forward (
  position      INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  origin_device TEXT NOT NULL,
  chain_hash    TEXT NOT NULL,
  queued_at     INTEGER NOT NULL,
  answered_at   INTEGER,
  status        TEXT,   -- stored, already_stored, rejected
  reason        TEXT
);
CREATE INDEX IF NOT EXISTS hub_forward_pending ON hub_forward(position) WHERE answered_at IS NULL;
-- What the hub itself decided (a draft handed over, a visit code it had to change ...).
CREATE TABLE IF NOT EXISTS hub_audit (
  id      INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  action  TEXT NOT NULL,
  subject TEXT NOT NULL
);
)sql";

}  // namespace kiosk::sync::server::hub
