#pragma once
// schema v19 (issue #16, item 8): the venue notices by itself that a party has not arrived.
// - sessions.parent_arrived_at: when the family was first seen to arrive, at the lobby's check-in
//   or by the worker's "Parent arrived". The state alone cannot say it: parent and child may
//   arrive in either order, and "Child arrived" after "Parent arrived" leaves only the latest state.
//   Travels in the booking snapshot (`parent_arrived_at`), so every tablet's watch knows.
// - An index on the alerts a session has raised, which the arrival watch reads every minute to
//   raise each of its alerts once.
namespace kiosk::store {

inline constexpr const char* kSchemaV19 = R"sql(
ALTER TABLE sessions ADD COLUMN parent_arrived_at INTEGER;
-- Filling in what was already known is no edit to send to the venue: muted, as a pull is (v14).
INSERT INTO replication_mute (id) VALUES (1);
UPDATE sessions SET parent_arrived_at = coalesce(parent_through_at, started_at)
  WHERE state IN ('parent_arrived', 'in_progress', 'ended', 'ended_early');
UPDATE sessions SET parent_arrived_at = (SELECT min(c.at) FROM check_ins c WHERE c.session_id = sessions.id)
  WHERE parent_arrived_at IS NULL AND EXISTS (SELECT 1 FROM check_ins c WHERE c.session_id = sessions.id);
DELETE FROM replication_mute;
CREATE INDEX alerts_of_session ON alerts(session_id, kind);
)sql";

}  // namespace kiosk::store
