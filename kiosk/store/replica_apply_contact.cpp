// ReplicaApplier: issue #16's kinds, as a coordinator's device receives them from the venue hub.
// A life-story note and a letterbox item are records: kept once, as they came. An arrangement is
// shared state: the newest snapshot wins, unless this device has its own change still unsent.
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_applier.hpp"

namespace kiosk::store {
namespace r = core::replica;

namespace {
std::string join_checks(const std::vector<core::LetterboxCheck>& checks) {
    std::string out;
    for (const auto c : checks) out += (out.empty() ? "" : ",") + std::string(core::to_string(c));
    return out;
}
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

void ReplicaApplier::apply_one(const r::LetterboxItem& v) {
    if (find(Table::LetterboxItems, v.uuid)) return;
    const core::Id child = need(Table::Children, v.child_uuid, "letterbox_item");
    const auto arrangement = optional_ref(Table::LetterboxArrangements, v.arrangement_uuid, "letterbox_item");
    const core::Id logged_by = need(Table::Staff, v.logged_by_uuid, "letterbox_item");
    const core::Id checked_by = need(Table::Staff, v.checked_by_uuid, "letterbox_item");
    db_.cached("INSERT INTO letterbox_items (uuid, child_id, arrangement_id, direction, kind, from_whom, description, "
               "received_at, logged_by, decision, checks_passed, reason, checked_by, decided_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(v.uuid, child, arrangement, core::to_string(v.direction), core::to_string(v.kind), v.from_whom,
                  v.description, core::to_unix(v.received_at), logged_by, core::to_string(v.decision),
                  join_checks(v.checks_passed), v.reason, checked_by, core::to_unix(v.decided_at))
        .run();
}

}  // namespace kiosk::store
