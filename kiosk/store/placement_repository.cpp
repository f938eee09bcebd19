#include "kiosk/store/placement_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
void bind_optional_time(Query& q, int index, bool held, core::Timestamp at) {
    if (held) {
        q.bind(index, core::to_unix(at));
    } else {
        q.bind(index, std::nullopt);
    }
}
// 0 means "nobody yet"; the column is a foreign key, so it must be NULL then.
void bind_optional_id(Query& q, int index, core::Id id) {
    if (id != 0) {
        q.bind(index, id);
    } else {
        q.bind(index, std::nullopt);
    }
}
core::Placement read_placement(const Statement& s) {
    return core::Placement{.id = s.int64(0),
                           .child_id = s.int64(1),
                           .placed_at = core::from_unix(s.int64(2)),
                           .owner_id = s.int64(3)};
}
constexpr const char* kPlacementColumns = "SELECT id, child_id, placed_at, coalesce(owner_id, 0) FROM placements ";
}  // namespace

core::Id PlacementRepository::add(WriteTransaction& tx, const core::Placement& p) {
    auto q = tx.db().cached("INSERT INTO placements (child_id, placed_at, owner_id) VALUES (?, ?, ?)");
    q.bind_all(p.child_id, core::to_unix(p.placed_at));
    bind_optional_id(q, 3, p.owner_id);
    q.run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("placement.added", "placement", id);
    return id;
}

std::optional<core::Placement> PlacementRepository::find(core::Id id) {
    auto s = db_.cached(std::string(kPlacementColumns) + "WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_placement(s);
}

std::vector<core::Placement> PlacementRepository::all() {
    std::vector<core::Placement> out;
    auto s = db_.cached(std::string(kPlacementColumns) + "ORDER BY placed_at DESC, id DESC");
    while (s.step()) out.push_back(read_placement(s));
    return out;
}

core::Id PlacementRepository::save_comfort_call(WriteTransaction& tx, const core::ComfortCall& c) {
    const auto& p = c.plan;
    auto q = tx.db().cached(
        "INSERT INTO comfort_calls (placement_id, critical_connection, platform, child_wants_to_say, "
        "family_wants_to_say, urgent_needs, comfort_item_and_routine, allergies_and_medicines, formula_or_baby_food, "
        "nap_and_feeding, held, held_at, how_it_went, ended_early, ended_calmly, recorded_by, participants, "
        "ended_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(placement_id) DO UPDATE SET critical_connection = excluded.critical_connection, "
        "platform = excluded.platform, child_wants_to_say = excluded.child_wants_to_say, "
        "family_wants_to_say = excluded.family_wants_to_say, urgent_needs = excluded.urgent_needs, "
        "comfort_item_and_routine = excluded.comfort_item_and_routine, "
        "allergies_and_medicines = excluded.allergies_and_medicines, "
        "formula_or_baby_food = excluded.formula_or_baby_food, nap_and_feeding = excluded.nap_and_feeding, "
        "held = excluded.held, held_at = excluded.held_at, how_it_went = excluded.how_it_went, "
        "ended_early = excluded.ended_early, ended_calmly = excluded.ended_calmly, recorded_by = excluded.recorded_by, "
        "participants = excluded.participants, ended_reason = excluded.ended_reason");
    q.bind_all(c.placement_id, p.critical_connection, p.platform, p.child_wants_to_say, p.family_wants_to_say,
               p.urgent_needs, p.comfort_item_and_routine, p.allergies_and_medicines, p.formula_or_baby_food,
               p.nap_and_feeding, c.held);
    bind_optional_time(q, 12, c.held, c.held_at);
    q.bind(13, c.how_it_went).bind(14, c.ended_early).bind(15, c.ended_calmly);
    bind_optional_id(q, 16, c.recorded_by);
    q.bind(17, core::join_roles(c.participants)).bind(18, c.ended_reason);
    q.run();
    const auto found = comfort_call(c.placement_id);
    const core::Id id = found ? found->id : 0;
    tx.audit(c.held ? "comfort_call.recorded" : "comfort_call.planned", "comfort_call", id);
    return id;
}

std::optional<core::ComfortCall> PlacementRepository::comfort_call(core::Id placement_id) {
    auto s = db_.cached(
        "SELECT id, placement_id, critical_connection, platform, child_wants_to_say, family_wants_to_say, "
        "urgent_needs, comfort_item_and_routine, allergies_and_medicines, formula_or_baby_food, nap_and_feeding, "
        "held, coalesce(held_at, 0), how_it_went, ended_early, ended_calmly, coalesce(recorded_by, 0), participants, "
        "ended_reason FROM comfort_calls WHERE placement_id = ?");
    s.bind_all(placement_id);
    if (!s.step()) return std::nullopt;
    core::ComfortCall c;
    c.id = s.int64(0);
    c.placement_id = s.int64(1);
    c.plan = {s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), s.text(8), s.text(9), s.text(10)};
    c.held = s.int64(11) != 0;
    c.held_at = core::from_unix(s.int64(12));
    c.how_it_went = s.text(13);
    c.ended_early = s.int64(14) != 0;
    c.ended_calmly = s.int64(15) != 0;
    c.recorded_by = s.int64(16);
    c.participants = core::split_roles(s.text(17));
    c.ended_reason = s.text(18);
    return c;
}

core::Id PlacementRepository::save_icebreaker(WriteTransaction& tx, const core::Icebreaker& m) {
    auto q = tx.db().cached(
        "INSERT INTO icebreakers (placement_id, virtual_meeting, held, held_at, child_took_part, routines, needs, "
        "culture, recorded_by, facilitated_by, attended, other_attendees) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(placement_id) DO UPDATE SET virtual_meeting = excluded.virtual_meeting, held = excluded.held, "
        "held_at = excluded.held_at, child_took_part = excluded.child_took_part, routines = excluded.routines, "
        "needs = excluded.needs, culture = excluded.culture, recorded_by = excluded.recorded_by, "
        "facilitated_by = excluded.facilitated_by, attended = excluded.attended, "
        "other_attendees = excluded.other_attendees");
    q.bind_all(m.placement_id, m.virtual_meeting, m.held);
    bind_optional_time(q, 4, m.held, m.held_at);
    q.bind(5, m.child_took_part).bind(6, m.routines).bind(7, m.needs).bind(8, m.culture);
    bind_optional_id(q, 9, m.recorded_by);
    q.bind(10, core::join_roles(m.facilitated_by)).bind(11, core::join_roles(m.attended)).bind(12, m.other_attendees);
    q.run();
    const auto found = icebreaker(m.placement_id);
    const core::Id id = found ? found->id : 0;
    tx.audit(m.held ? "icebreaker.recorded" : "icebreaker.planned", "icebreaker", id);
    return id;
}

std::optional<core::Icebreaker> PlacementRepository::icebreaker(core::Id placement_id) {
    auto s = db_.cached("SELECT id, placement_id, virtual_meeting, held, coalesce(held_at, 0), child_took_part, "
                        "routines, needs, culture, coalesce(recorded_by, 0), facilitated_by, attended, other_attendees "
                        "FROM icebreakers WHERE placement_id = ?");
    s.bind_all(placement_id);
    if (!s.step()) return std::nullopt;
    core::Icebreaker m;
    m.id = s.int64(0);
    m.placement_id = s.int64(1);
    m.virtual_meeting = s.int64(2) != 0;
    m.held = s.int64(3) != 0;
    m.held_at = core::from_unix(s.int64(4));
    m.child_took_part = s.int64(5) != 0;
    m.routines = s.text(6);
    m.needs = s.text(7);
    m.culture = s.text(8);
    m.recorded_by = s.int64(9);
    m.facilitated_by = core::split_roles(s.text(10));
    m.attended = core::split_roles(s.text(11));
    m.other_attendees = s.text(12);
    return m;
}

core::TransitionNotes PlacementRepository::transition_notes(core::Id child_id) {
    core::TransitionNotes notes;
    auto s = db_.cached(
        "SELECT coalesce(c.comfort_item_and_routine, ''), coalesce(c.allergies_and_medicines, ''), "
        "coalesce(c.formula_or_baby_food, ''), coalesce(c.nap_and_feeding, ''), coalesce(c.urgent_needs, ''), "
        "coalesce(i.routines, ''), coalesce(i.needs, ''), coalesce(i.culture, '') "
        "FROM placements p LEFT JOIN comfort_calls c ON c.placement_id = p.id "
        "LEFT JOIN icebreakers i ON i.placement_id = p.id WHERE p.child_id = ? ORDER BY p.placed_at DESC LIMIT 1");
    s.bind_all(child_id);
    if (!s.step()) return notes;
    notes = {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
    return notes;
}

}  // namespace kiosk::store
