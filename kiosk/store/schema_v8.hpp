#pragma once
// schema v8 (issue #6, item 3): a held comfort call and a missed-session notice lose their
// conversation words once the social work team has them, as concerns did in v6. What a comfort
// call taught about the child's care (allergies, comfort item, naps, feeding) stays: the staff
// board shows it at every session. Who the child's critical connection is, what the child and
// the family wanted to say, how the call went, and who missed a session and why, go.
// purged_entries learns the two kinds; SQLite cannot widen a CHECK in place, so the table is
// copied, with its locks made again.
namespace kiosk::store {

inline constexpr const char* kSchemaV8 = R"sql(
CREATE TABLE purged_entries_v8 (
  kind      TEXT NOT NULL
            CHECK (kind IN ('concern', 'check_in', 'feedback', 'comfort_call', 'missed_session_notice')),
  entity_id INTEGER NOT NULL,
  purged_at INTEGER NOT NULL,
  PRIMARY KEY (kind, entity_id)
) WITHOUT ROWID;
INSERT INTO purged_entries_v8 (kind, entity_id, purged_at) SELECT kind, entity_id, purged_at FROM purged_entries;
DROP TABLE purged_entries;
ALTER TABLE purged_entries_v8 RENAME TO purged_entries;
CREATE TRIGGER purged_entries_no_update BEFORE UPDATE ON purged_entries
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;
CREATE TRIGGER purged_entries_no_delete BEFORE DELETE ON purged_entries
  BEGIN SELECT RAISE(ABORT, 'a purge cannot be undone or changed'); END;

CREATE INDEX comfort_calls_with_words ON comfort_calls(id)
  WHERE critical_connection <> '' OR child_wants_to_say <> '' OR family_wants_to_say <> '' OR how_it_went <> '';
CREATE INDEX missed_sessions_with_words ON missed_sessions(id) WHERE who <> '' OR reason <> '';
)sql";

}  // namespace kiosk::store
