#pragma once
// schema v13 (issue #13, item 1): global identity. Every row that leaves the device it was made on
// gets a UUID made there, so a venue's devices, its hub and the social work team's server name the
// same row the same way, and a pulled row can never land on a different local row that happens to
// have the same integer id (ids stay local and never go on the wire).
// - `uuid` on every replicated table, unique; existing rows get a random version 4 UUID here.
// - New rows: the repositories give one (store::new_uuid); a trigger gives one to any row
//   inserted without, so no write path can forget it.
// - The append-only locks (a final record, addenda, reviews, concerns; and v12's hand-overs,
//   session changes and resolved case flags) let exactly one change through: a missing UUID
//   filled in, nothing else touched.
// - v12's hand-overs and session changes travel as records (record_handover, session_cancelled,
//   session_moved) and get a UUID of their own. A referral's closure is one per referral and
//   travels keyed by the referral's UUID; who wrote which part of a record travels inside the
//   final record (its staff by UUID): neither needs a column here.
// Self-contained: ALTERs, indexes and triggers only.
namespace kiosk::store {

inline constexpr const char* kSchemaV13 = R"sql(
ALTER TABLE venues ADD COLUMN uuid TEXT;
ALTER TABLE rooms ADD COLUMN uuid TEXT;
ALTER TABLE staff ADD COLUMN uuid TEXT;
ALTER TABLE children ADD COLUMN uuid TEXT;
ALTER TABLE family_adults ADD COLUMN uuid TEXT;
ALTER TABLE referrals ADD COLUMN uuid TEXT;
ALTER TABLE risk_assessments ADD COLUMN uuid TEXT;
ALTER TABLE agreements ADD COLUMN uuid TEXT;
ALTER TABLE agreement_versions ADD COLUMN uuid TEXT;
ALTER TABLE sessions ADD COLUMN uuid TEXT;
ALTER TABLE check_ins ADD COLUMN uuid TEXT;
ALTER TABLE observation_records ADD COLUMN uuid TEXT;
ALTER TABLE record_addenda ADD COLUMN uuid TEXT;
ALTER TABLE record_reviews ADD COLUMN uuid TEXT;
ALTER TABLE feedback ADD COLUMN uuid TEXT;
ALTER TABLE alerts ADD COLUMN uuid TEXT;
ALTER TABLE concerns ADD COLUMN uuid TEXT;
ALTER TABLE placements ADD COLUMN uuid TEXT;
ALTER TABLE comfort_calls ADD COLUMN uuid TEXT;
ALTER TABLE icebreakers ADD COLUMN uuid TEXT;
ALTER TABLE missed_sessions ADD COLUMN uuid TEXT;
ALTER TABLE case_flags ADD COLUMN uuid TEXT;
ALTER TABLE record_handovers ADD COLUMN uuid TEXT;
ALTER TABLE session_changes ADD COLUMN uuid TEXT;

-- The locks, each with the one exception: a missing UUID filled in, every other column as it was.
DROP TRIGGER final_record_locked;
CREATE TRIGGER final_record_locked BEFORE UPDATE ON observation_records
  WHEN OLD.state = 'final' AND NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.session_id IS OLD.session_id AND NEW.author_id IS OLD.author_id AND NEW.state IS OLD.state AND NEW.created_at IS OLD.created_at AND NEW.finalized_at IS OLD.finalized_at AND NEW.signature IS OLD.signature AND NEW.due_at IS OLD.due_at AND NEW.late_entry IS OLD.late_entry AND NEW.use_note IS OLD.use_note)
  BEGIN SELECT RAISE(ABORT, 'a final observation record cannot be changed; add an addendum'); END;
DROP TRIGGER addenda_append_only_update;
CREATE TRIGGER addenda_append_only_update BEFORE UPDATE ON record_addenda
  WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.record_id IS OLD.record_id AND NEW.author_id IS OLD.author_id AND NEW.at IS OLD.at AND NEW.text IS OLD.text)
  BEGIN SELECT RAISE(ABORT, 'an addendum cannot be changed'); END;
DROP TRIGGER record_reviews_no_update;
CREATE TRIGGER record_reviews_no_update BEFORE UPDATE ON record_reviews
  WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.record_id IS OLD.record_id AND NEW.reviewed_by IS OLD.reviewed_by AND NEW.reviewed_at IS OLD.reviewed_at)
  BEGIN SELECT RAISE(ABORT, 'a review cannot be changed'); END;
DROP TRIGGER concerns_no_update;
CREATE TRIGGER concerns_no_update BEFORE UPDATE ON concerns
  WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.session_id IS OLD.session_id AND NEW.raised_by IS OLD.raised_by AND NEW.raised_at IS OLD.raised_at AND NEW.severity IS OLD.severity AND NEW.text IS OLD.text)
   AND (NOT EXISTS (SELECT 1 FROM concern_purge_permits WHERE concern_id = OLD.id)
    OR NEW.text <> '' OR NEW.id IS NOT OLD.id OR NEW.session_id IS NOT OLD.session_id
    OR NEW.raised_by IS NOT OLD.raised_by OR NEW.raised_at IS NOT OLD.raised_at
    OR NEW.severity IS NOT OLD.severity OR NEW.uuid IS NOT OLD.uuid)
  BEGIN SELECT RAISE(ABORT, 'a safeguarding concern cannot be changed; raise another'); END;
DROP TRIGGER record_handovers_no_update;
CREATE TRIGGER record_handovers_no_update BEFORE UPDATE ON record_handovers
  WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.record_id IS OLD.record_id AND NEW.from_staff IS OLD.from_staff AND NEW.to_staff IS OLD.to_staff AND NEW.by_staff IS OLD.by_staff AND NEW.at IS OLD.at AND NEW.reason IS OLD.reason)
  BEGIN SELECT RAISE(ABORT, 'a hand-over cannot be changed'); END;
DROP TRIGGER session_changes_no_update;
CREATE TRIGGER session_changes_no_update BEFORE UPDATE ON session_changes
  WHEN NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.session_id IS OLD.session_id AND NEW.kind IS OLD.kind AND NEW.new_session_id IS OLD.new_session_id AND NEW.reason IS OLD.reason AND NEW.by_staff IS OLD.by_staff AND NEW.at IS OLD.at)
  BEGIN SELECT RAISE(ABORT, 'a session change cannot be changed'); END;
DROP TRIGGER case_flags_resolved_stay;
CREATE TRIGGER case_flags_resolved_stay BEFORE UPDATE ON case_flags
  WHEN OLD.resolved_at IS NOT NULL AND NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.id IS OLD.id AND NEW.child_id IS OLD.child_id AND NEW.kind IS OLD.kind AND NEW.raised_at IS OLD.raised_at AND NEW.resolved_at IS OLD.resolved_at AND NEW.resolved_by IS OLD.resolved_by AND NEW.resolution IS OLD.resolution)
  BEGIN SELECT RAISE(ABORT, 'a resolved case flag cannot be changed'); END;

-- Existing rows: a random version 4 UUID each.
UPDATE venues SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE rooms SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE staff SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE children SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE family_adults SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE referrals SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE risk_assessments SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE agreements SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE agreement_versions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE sessions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE check_ins SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE observation_records SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE record_addenda SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE record_reviews SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE feedback SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE alerts SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE concerns SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE placements SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE comfort_calls SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE icebreakers SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE missed_sessions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE case_flags SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE record_handovers SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
UPDATE session_changes SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));

CREATE UNIQUE INDEX venues_by_uuid ON venues(uuid);
CREATE UNIQUE INDEX rooms_by_uuid ON rooms(uuid);
CREATE UNIQUE INDEX staff_by_uuid ON staff(uuid);
CREATE UNIQUE INDEX children_by_uuid ON children(uuid);
CREATE UNIQUE INDEX family_adults_by_uuid ON family_adults(uuid);
CREATE UNIQUE INDEX referrals_by_uuid ON referrals(uuid);
CREATE UNIQUE INDEX risk_assessments_by_uuid ON risk_assessments(uuid);
CREATE UNIQUE INDEX agreements_by_uuid ON agreements(uuid);
CREATE UNIQUE INDEX agreement_versions_by_uuid ON agreement_versions(uuid);
CREATE UNIQUE INDEX sessions_by_uuid ON sessions(uuid);
CREATE UNIQUE INDEX check_ins_by_uuid ON check_ins(uuid);
CREATE UNIQUE INDEX observation_records_by_uuid ON observation_records(uuid);
CREATE UNIQUE INDEX record_addenda_by_uuid ON record_addenda(uuid);
CREATE UNIQUE INDEX record_reviews_by_uuid ON record_reviews(uuid);
CREATE UNIQUE INDEX feedback_by_uuid ON feedback(uuid);
CREATE UNIQUE INDEX alerts_by_uuid ON alerts(uuid);
CREATE UNIQUE INDEX concerns_by_uuid ON concerns(uuid);
CREATE UNIQUE INDEX placements_by_uuid ON placements(uuid);
CREATE UNIQUE INDEX comfort_calls_by_uuid ON comfort_calls(uuid);
CREATE UNIQUE INDEX icebreakers_by_uuid ON icebreakers(uuid);
CREATE UNIQUE INDEX missed_sessions_by_uuid ON missed_sessions(uuid);
CREATE UNIQUE INDEX case_flags_by_uuid ON case_flags(uuid);
CREATE UNIQUE INDEX record_handovers_by_uuid ON record_handovers(uuid);
CREATE UNIQUE INDEX session_changes_by_uuid ON session_changes(uuid);

-- A row inserted without a UUID gets one at once.
CREATE TRIGGER venues_uuid AFTER INSERT ON venues WHEN NEW.uuid IS NULL
  BEGIN UPDATE venues SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER rooms_uuid AFTER INSERT ON rooms WHEN NEW.uuid IS NULL
  BEGIN UPDATE rooms SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER staff_uuid AFTER INSERT ON staff WHEN NEW.uuid IS NULL
  BEGIN UPDATE staff SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER children_uuid AFTER INSERT ON children WHEN NEW.uuid IS NULL
  BEGIN UPDATE children SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER family_adults_uuid AFTER INSERT ON family_adults WHEN NEW.uuid IS NULL
  BEGIN UPDATE family_adults SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER referrals_uuid AFTER INSERT ON referrals WHEN NEW.uuid IS NULL
  BEGIN UPDATE referrals SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER risk_assessments_uuid AFTER INSERT ON risk_assessments WHEN NEW.uuid IS NULL
  BEGIN UPDATE risk_assessments SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER agreements_uuid AFTER INSERT ON agreements WHEN NEW.uuid IS NULL
  BEGIN UPDATE agreements SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER agreement_versions_uuid AFTER INSERT ON agreement_versions WHEN NEW.uuid IS NULL
  BEGIN UPDATE agreement_versions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER sessions_uuid AFTER INSERT ON sessions WHEN NEW.uuid IS NULL
  BEGIN UPDATE sessions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER check_ins_uuid AFTER INSERT ON check_ins WHEN NEW.uuid IS NULL
  BEGIN UPDATE check_ins SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER observation_records_uuid AFTER INSERT ON observation_records WHEN NEW.uuid IS NULL
  BEGIN UPDATE observation_records SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER record_addenda_uuid AFTER INSERT ON record_addenda WHEN NEW.uuid IS NULL
  BEGIN UPDATE record_addenda SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER record_reviews_uuid AFTER INSERT ON record_reviews WHEN NEW.uuid IS NULL
  BEGIN UPDATE record_reviews SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER feedback_uuid AFTER INSERT ON feedback WHEN NEW.uuid IS NULL
  BEGIN UPDATE feedback SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER alerts_uuid AFTER INSERT ON alerts WHEN NEW.uuid IS NULL
  BEGIN UPDATE alerts SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER concerns_uuid AFTER INSERT ON concerns WHEN NEW.uuid IS NULL
  BEGIN UPDATE concerns SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER placements_uuid AFTER INSERT ON placements WHEN NEW.uuid IS NULL
  BEGIN UPDATE placements SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER comfort_calls_uuid AFTER INSERT ON comfort_calls WHEN NEW.uuid IS NULL
  BEGIN UPDATE comfort_calls SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER icebreakers_uuid AFTER INSERT ON icebreakers WHEN NEW.uuid IS NULL
  BEGIN UPDATE icebreakers SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER missed_sessions_uuid AFTER INSERT ON missed_sessions WHEN NEW.uuid IS NULL
  BEGIN UPDATE missed_sessions SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER case_flags_uuid AFTER INSERT ON case_flags WHEN NEW.uuid IS NULL
  BEGIN UPDATE case_flags SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER record_handovers_uuid AFTER INSERT ON record_handovers WHEN NEW.uuid IS NULL
  BEGIN UPDATE record_handovers SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER session_changes_uuid AFTER INSERT ON session_changes WHEN NEW.uuid IS NULL
  BEGIN UPDATE session_changes SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid; END;
)sql";

}  // namespace kiosk::store
