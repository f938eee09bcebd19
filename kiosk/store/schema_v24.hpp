#pragma once
// schema v24 (issue #16, item 3, in the venue of issue #13): a letterbox item waiting to be
// checked travels, so a worker on any tablet (or a coordinator on another PC) can check an item
// logged elsewhere.
// - A journal trigger (v14's) on INSERT: an item logged here, not one applied from a pull, is sent
//   once as a `letterbox_item` snapshot as it was logged (decision 'waiting'). Items waiting when
//   this version arrives are put in the journal now. The decision still travels as the sealed
//   `letterbox_item` record of the outbox (v22), whose message UUID is now the item's own, so a
//   venue and its upstream store one decision per item: the first the hub accepted.
// - letterbox_decision_permits: a row alive only inside a pull's own transaction, as v22's purge
//   permits are. When two workers decided the same item at once, the hub keeps the first decision
//   and the other device takes it in place of its own: the permit lets exactly that change through
//   v22's lock (the decision, its checks, reason, checker and time; nothing of what was logged).
// Self-contained: the lead renumbers migrations at merge.
namespace kiosk::store {

inline constexpr const char* kSchemaV24 = R"sql(
CREATE TRIGGER letterbox_items_journal_insert AFTER INSERT ON letterbox_items
  WHEN NEW.decision = 'waiting' AND NOT EXISTS (SELECT 1 FROM replication_mute)
  BEGIN INSERT INTO replication_journal (kind, entity_id) VALUES ('letterbox_item', NEW.id) ON CONFLICT(kind, entity_id) DO UPDATE SET generation = generation + 1; END;
INSERT INTO replication_journal (kind, entity_id) SELECT 'letterbox_item', id FROM letterbox_items WHERE decision = 'waiting'
  ON CONFLICT(kind, entity_id) DO NOTHING;

CREATE TABLE letterbox_decision_permits (
  item_id INTEGER PRIMARY KEY
);
DROP TRIGGER letterbox_items_decided_locked;
CREATE TRIGGER letterbox_items_decided_locked BEFORE UPDATE ON letterbox_items
  WHEN OLD.decision <> 'waiting'
   AND NOT (OLD.uuid IS NULL AND NEW.uuid IS NOT NULL AND NEW.decision IS OLD.decision
            AND NEW.description IS OLD.description AND NEW.reason IS OLD.reason AND NEW.from_whom IS OLD.from_whom)
   AND (NOT EXISTS (SELECT 1 FROM letterbox_purge_permits WHERE item_id = OLD.id)
    OR NEW.description <> '' OR NEW.reason <> '' OR NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid
    OR NEW.child_id IS NOT OLD.child_id OR NEW.arrangement_id IS NOT OLD.arrangement_id
    OR NEW.direction IS NOT OLD.direction OR NEW.kind IS NOT OLD.kind OR NEW.from_whom IS NOT OLD.from_whom
    OR NEW.received_at IS NOT OLD.received_at OR NEW.logged_by IS NOT OLD.logged_by
    OR NEW.decision IS NOT OLD.decision OR NEW.checks_passed IS NOT OLD.checks_passed
    OR NEW.checked_by IS NOT OLD.checked_by OR NEW.decided_at IS NOT OLD.decided_at)
   AND (NOT EXISTS (SELECT 1 FROM letterbox_decision_permits WHERE item_id = OLD.id)
    OR NEW.decision NOT IN ('forwarded', 'held') OR NEW.checked_by IS NULL OR NEW.decided_at IS NULL
    OR NEW.id IS NOT OLD.id OR NEW.uuid IS NOT OLD.uuid OR NEW.child_id IS NOT OLD.child_id
    OR NEW.arrangement_id IS NOT OLD.arrangement_id OR NEW.direction IS NOT OLD.direction OR NEW.kind IS NOT OLD.kind
    OR NEW.from_whom IS NOT OLD.from_whom OR NEW.description IS NOT OLD.description
    OR NEW.received_at IS NOT OLD.received_at OR NEW.logged_by IS NOT OLD.logged_by)
  BEGIN SELECT RAISE(ABORT, 'a letterbox item that was forwarded or held cannot be changed'); END;
)sql";

}  // namespace kiosk::store
