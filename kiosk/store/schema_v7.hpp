#pragma once
// schema v7 (issue #5): the outbox's payloads move to a table of their own. Marking a batch
// sent changes a queue row's state; with each ~1.5 KB payload inside that row, SQLite rewrote
// (and SQLCipher re-encrypted) every page of the batch, the slowest step of a day's-end sync.
// A queue row is now a few dozen bytes and a delivered batch touches a handful of pages.
namespace kiosk::store {

inline constexpr const char* kSchemaV7 = R"sql(
CREATE TABLE outbox_payloads (
  outbox_id INTEGER PRIMARY KEY REFERENCES outbox(id),
  payload   TEXT NOT NULL
);
INSERT INTO outbox_payloads (outbox_id, payload) SELECT id, payload FROM outbox;
ALTER TABLE outbox DROP COLUMN payload;
-- The purge after each sync looks only at payloads not yet removed: the recent ones, not
-- years of delivered records.
CREATE INDEX outbox_payloads_unpurged ON outbox_payloads(outbox_id)
  WHERE payload <> '{"schema":1,"purged":true}';
)sql";

}  // namespace kiosk::store
