// ReplicaApplier: issue #16's kinds, as a device receives them from the venue hub. A life-story
// note and a call event are kept once, as they came. A letterbox item comes waiting, then decided
// (the first decision the hub accepted). An arrangement is shared state: the newest snapshot wins,
// unless this device has its own change still unsent.
#include "kiosk/core/merge_rules.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace r = core::replica;

namespace {
std::string join_checks(const std::vector<core::LetterboxCheck>& checks) {
    std::string out;
    for (const auto c : checks) out += (out.empty() ? "" : ",") + std::string(core::to_string(c));
    return out;
}

// What the rejected list says of a decision another worker made first.
constexpr std::string_view kDecidedElsewhere = "another worker decided this letterbox item first; their decision stands";
}  // namespace

void ReplicaApplier::apply_one(const r::LifeStoryNote& v) {
    if (find(Table::LifeStoryNotes, v.uuid)) return;
    const core::Id child = need(Table::Children, v.child_uuid, "life_story_note");
    const auto session = optional_ref(Table::Sessions, v.session_uuid, "life_story_note");
    const core::Id writer = need(Table::Staff, v.written_by_uuid, "life_story_note");
    db_.cached("INSERT INTO life_story_notes (uuid, child_id, session_id, written_by, at, kind, words, consent_from, "
               "kept_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(v.uuid, child, session, writer, core::to_unix(v.at), core::to_string(v.kind), v.words, v.consent_from,
                  v.kept_at)
        .run();
    note_received("life_story_note");
}

void ReplicaApplier::apply_one(const r::LetterboxArrangement& v) {
    const core::Id child = need(Table::Children, v.child_uuid, "letterbox_arrangement");
    if (const auto existing = find(Table::LetterboxArrangements, v.uuid); existing && pending("letterbox_arrangement", *existing)) {
        kept_held("letterbox_arrangement", *existing, "this device's unsent change goes first");
        return;
    }
    db_.cached("INSERT INTO letterbox_arrangements (uuid, child_id, direction, with_whom, every_months, first_due, active) "
               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET direction = excluded.direction, "
               "with_whom = excluded.with_whom, every_months = excluded.every_months, first_due = excluded.first_due, "
               "active = excluded.active")
        .bind_all(v.uuid, child, core::to_string(v.direction), v.with_whom, v.every_months, v.first_due, v.active)
        .run();
}

// An item arrives as logged (waiting) or decided. A decision never goes back to waiting, and the
// first decision the hub accepted stands (docs/sync-api.md, "Merge rules"): a device that decided
// the same item itself meanwhile takes the hub's in place of its own, says so in the audit chain,
// and withdraws its own decision if it is still queued (the hub would refuse it: one decision per
// item, the item's UUID being its message's).
void ReplicaApplier::apply_one(const r::LetterboxItem& v) {
    const bool decided = v.decision != core::LetterboxDecision::Waiting;
    if (const auto held = find(Table::LetterboxItems, v.uuid)) {
        std::string held_decision;
        bool same = false;
        {
            auto s = db_.cached("SELECT i.decision, coalesce(k.uuid, ''), coalesce(i.decided_at, 0) FROM letterbox_items i "
                                "LEFT JOIN staff k ON k.id = i.checked_by WHERE i.id = ?");
            s.bind_all(*held);
            if (!s.step()) return;
            held_decision = s.text(0);
            same = held_decision == core::to_string(v.decision) && s.text(1) == v.checked_by_uuid &&
                   s.int64(2) == core::to_unix(v.decided_at);
        }
        const auto rule = core::merge::merge_letterbox_item(
            held_decision == "waiting" ? core::merge::LetterboxHeld::Waiting : core::merge::LetterboxHeld::Decided,
            decided, core::merge::Side::Device);
        if (same || rule != core::merge::AppendDecision::Insert) return;
        const core::Id checked_by = need(Table::Staff, v.checked_by_uuid, "letterbox_item");
        const bool replaces_ours = held_decision != "waiting";
        if (replaces_ours) db_.cached("INSERT INTO letterbox_decision_permits (item_id) VALUES (?)").bind_all(*held).run();
        db_.cached("UPDATE letterbox_items SET decision = ?, checks_passed = ?, reason = ?, checked_by = ?, decided_at = ? "
                   "WHERE id = ?")
            .bind_all(core::to_string(v.decision), join_checks(v.checks_passed), v.reason, checked_by,
                      core::to_unix(v.decided_at), *held)
            .run();
        if (!replaces_ours) return;
        db_.cached("DELETE FROM letterbox_decision_permits WHERE item_id = ?").bind_all(*held).run();
        db_.cached("UPDATE outbox SET state = 'rejected', last_error = ? "
                   "WHERE kind = 'letterbox_item' AND entity_id = ? AND state IN ('queued', 'rejected')")
            .bind_all(std::string(kDecidedElsewhere), *held)
            .run();
        tx_.audit("letterbox.decision_replaced", "letterbox_item", *held, kDecidedElsewhere);
        return;
    }
    const core::Id child = need(Table::Children, v.child_uuid, "letterbox_item");
    const auto arrangement = optional_ref(Table::LetterboxArrangements, v.arrangement_uuid, "letterbox_item");
    const core::Id logged_by = need(Table::Staff, v.logged_by_uuid, "letterbox_item");
    auto insert = db_.cached(
        "INSERT INTO letterbox_items (uuid, child_id, arrangement_id, direction, kind, from_whom, description, "
        "received_at, logged_by, decision, checks_passed, reason, checked_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind_all(v.uuid, child, arrangement, core::to_string(v.direction), core::to_string(v.kind), v.from_whom,
                    v.description, core::to_unix(v.received_at), logged_by, core::to_string(v.decision),
                    join_checks(v.checks_passed), v.reason);
    // A waiting item has no checker and no decision time yet (GCC 12 misreads an engaged optional
    // bound here as uninitialised, so the two cases bind apart).
    if (decided) {
        insert.bind(13, need(Table::Staff, v.checked_by_uuid, "letterbox_item")).bind(14, core::to_unix(v.decided_at));
    } else {
        insert.bind(13, std::nullopt).bind(14, std::nullopt);
    }
    insert.run();
    note_received("letterbox_item");
}

// A call event is written once, where the worker pressed the button; a copy is kept as it came.
// The session's state travels in its booking's snapshot, so applying an event moves nothing else.
void ReplicaApplier::apply_one(const r::CallEvent& v) {
    if (find(Table::CallEvents, v.uuid)) return;
    const core::Id session = need(Table::Sessions, v.session_uuid, "call_event");
    const core::Id recorded_by = need(Table::Staff, v.recorded_by_uuid, "call_event");
    db_.cached("INSERT INTO call_events (uuid, session_id, at, party, event, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(v.uuid, session, core::to_unix(v.at), core::to_string(v.party), core::to_string(v.event), recorded_by)
        .run();
}

}  // namespace kiosk::store
