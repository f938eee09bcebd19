#pragma once
// schema v14 (issue #13, items 3-6): replication from the device to its venue hub.
// - replication_journal: one row per entity whose state changed here and is still to be sent as a
//   snapshot ("booking" 12, "staff" 3, ...). Triggers on the replicated tables write it, so no
//   write path can forget; many edits to one entity bump its generation and coalesce into one
//   snapshot. The sync worker keeps the message it sent (its UUID and payload) on the row until
//   the server answers, and removes the row only if the generation did not move meanwhile.
// - replication_mute: a row that exists only inside a pull's (or a purge's) own transaction, as
//   the purge permits of v5/v6 do: what the hub sent, and words a purge removed, never go back.
// - outbox.confirmed_at: when the social work team's server is known to hold a record: at once
//   when the device sends to it directly, when the hub's receipt comes back otherwise. The purges
//   count keep_synced_days from then.
// - staff: when the profile (name, role, active, PIN) last changed, and when the sign-in counters
//   were last cleared, so two devices' copies merge (core/merge_rules).
// - check_ins.signed: a check-in pulled from the lobby says it was signed; its strokes never travel.
// - observation_records.owner_device: '' when this device writes the draft; another device's id
//   (or '*', handed over and not yet claimed) when this copy is only to read.
namespace kiosk::store {

inline constexpr const char* kSchemaV14 = R"sql(
CREATE TABLE replication_journal (
  seq             INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  entity_id       INTEGER NOT NULL,
  generation      INTEGER NOT NULL DEFAULT 1,
  message_uuid    TEXT,               -- the snapshot on its way, until the server answers
  message_payload TEXT,
  sent_generation INTEGER,
  refused         TEXT NOT NULL DEFAULT '',  -- the server's reason, until the entity changes again
  UNIQUE (kind, entity_id)
);
CREATE TABLE replication_mute (
  id INTEGER PRIMARY KEY CHECK (id = 1)
);

ALTER TABLE outbox ADD COLUMN confirmed_at INTEGER;
UPDATE outbox SET confirmed_at = sent_at WHERE state = 'sent';
ALTER TABLE staff ADD COLUMN profile_updated_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN sign_in_reset_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE check_ins ADD COLUMN signed INTEGER NOT NULL DEFAULT 0;
UPDATE check_ins SET signed = 1 WHERE signature_strokes <> ''
  OR EXISTS (SELECT 1 FROM purged_entries p WHERE p.kind = 'check_in' AND p.entity_id = check_ins.id);
ALTER TABLE observation_records ADD COLUMN owner_device TEXT NOT NULL DEFAULT '';

-- Every write to a replicated table, but a pull's or a purge's, puts its entity in the journal.
CREATE TRIGGER venues_journal_insert AFTER INSERT ON venues WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('venue', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER venues_journal_update AFTER UPDATE ON venues WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('venue', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER rooms_journal_insert AFTER INSERT ON rooms WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('room', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER rooms_journal_update AFTER UPDATE ON rooms WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('room', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER staff_journal_insert AFTER INSERT ON staff WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('staff', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER staff_journal_update AFTER UPDATE ON staff WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('staff', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER children_journal_insert AFTER INSERT ON children WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('child', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER children_journal_update AFTER UPDATE ON children WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('child', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER family_adults_journal_insert AFTER INSERT ON family_adults WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('adult', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER family_adults_journal_update AFTER UPDATE ON family_adults WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('adult', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER referrals_journal_insert AFTER INSERT ON referrals WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('referral', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER referrals_journal_update AFTER UPDATE ON referrals WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('referral', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER risk_assessments_journal_insert AFTER INSERT ON risk_assessments WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('risk_assessment', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER risk_assessments_journal_update AFTER UPDATE ON risk_assessments WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('risk_assessment', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreements_journal_insert AFTER INSERT ON agreements WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreements_journal_update AFTER UPDATE ON agreements WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreement_versions_journal_insert AFTER INSERT ON agreement_versions WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreement_versions_journal_update AFTER UPDATE ON agreement_versions WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER sessions_journal_insert AFTER INSERT ON sessions WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('booking', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER sessions_journal_update AFTER UPDATE ON sessions WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('booking', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER placements_journal_insert AFTER INSERT ON placements WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('placement', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER placements_journal_update AFTER UPDATE ON placements WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('placement', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER comfort_calls_journal_insert AFTER INSERT ON comfort_calls WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('comfort_call_state', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER comfort_calls_journal_update AFTER UPDATE ON comfort_calls WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('comfort_call_state', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER icebreakers_journal_insert AFTER INSERT ON icebreakers WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('icebreaker_state', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER icebreakers_journal_update AFTER UPDATE ON icebreakers WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('icebreaker_state', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER case_flags_journal_insert AFTER INSERT ON case_flags WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('case_flag', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER case_flags_journal_update AFTER UPDATE ON case_flags WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('case_flag', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
-- An alert travels as a record; what changes afterwards is its acknowledgement.
CREATE TRIGGER alerts_journal_acknowledged AFTER UPDATE OF acknowledged_at ON alerts
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND NEW.acknowledged_at IS NOT NULL AND OLD.acknowledged_at IS NULL
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('alert_acknowledgement', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
-- A draft and its parts; a final record travels as a record.
CREATE TRIGGER observation_records_journal_insert AFTER INSERT ON observation_records
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND NEW.state = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER observation_records_journal_update AFTER UPDATE ON observation_records
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND NEW.state = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER record_sections_journal_insert AFTER INSERT ON record_sections
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND (SELECT state FROM observation_records WHERE id = NEW.record_id) = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', NEW.record_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER record_sections_journal_update AFTER UPDATE ON record_sections
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND (SELECT state FROM observation_records WHERE id = NEW.record_id) = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', NEW.record_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER record_sections_journal_delete AFTER DELETE ON record_sections
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', OLD.record_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER record_timeline_journal_insert AFTER INSERT ON record_timeline
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND (SELECT state FROM observation_records WHERE id = NEW.record_id) = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', NEW.record_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER record_timeline_journal_update AFTER UPDATE ON record_timeline
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND (SELECT state FROM observation_records WHERE id = NEW.record_id) = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', NEW.record_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER record_timeline_journal_delete AFTER DELETE ON record_timeline
  WHEN NOT EXISTS (SELECT 1 FROM replication_mute) AND (SELECT state FROM observation_records WHERE id = OLD.record_id) = 'draft'
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('record_draft', OLD.record_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
-- The lists inside an agreement version and a booking.
CREATE TRIGGER agreement_rules_journal_insert AFTER INSERT ON agreement_rules WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreement_rules_journal_update AFTER UPDATE ON agreement_rules WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreement_rules_journal_delete AFTER DELETE ON agreement_rules WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', OLD.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER approved_attendees_journal_insert AFTER INSERT ON approved_attendees WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER approved_attendees_journal_update AFTER UPDATE ON approved_attendees WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER approved_attendees_journal_delete AFTER DELETE ON approved_attendees WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', OLD.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreement_arrival_plans_journal_insert AFTER INSERT ON agreement_arrival_plans WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreement_arrival_plans_journal_update AFTER UPDATE ON agreement_arrival_plans WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', NEW.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER agreement_arrival_plans_journal_delete AFTER DELETE ON agreement_arrival_plans WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('agreement_version', OLD.agreement_version_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER arrival_windows_journal_insert AFTER INSERT ON arrival_windows WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('booking', NEW.session_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER arrival_windows_journal_update AFTER UPDATE ON arrival_windows WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('booking', NEW.session_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
CREATE TRIGGER arrival_windows_journal_delete AFTER DELETE ON arrival_windows WHEN NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('booking', OLD.session_id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
)sql";

}  // namespace kiosk::store
