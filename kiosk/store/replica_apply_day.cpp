// ReplicaApplier: sessions and what happens at them (check-ins, alerts, concerns, feedback,
// missed sessions), and placements with their first-days meetings.
#include "kiosk/core/merge_rules.hpp"
#include "kiosk/core/placement.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/replica_contact_kinds.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace r = core::replica;
namespace {
std::optional<std::int64_t> unix_or_null(const std::optional<core::Timestamp>& t) {
    if (!t) return std::nullopt;
    return core::to_unix(*t);
}
}  // namespace

void ReplicaApplier::apply_one(const r::Booking& incoming) {
    const core::Id version = need(Table::AgreementVersions, incoming.agreement_version_uuid, "booking");
    const core::Id child = need(Table::Children, incoming.child_uuid, "booking");
    const core::Id room = need(Table::Rooms, incoming.room_uuid, "booking");
    const auto worker = optional_ref(Table::Staff, incoming.worker_uuid, "booking");
    std::vector<core::Id> siblings;  // issue #16: sent ahead of the booking (a *_uuids field)
    for (const auto& sibling : incoming.sibling_uuids) siblings.push_back(need(Table::Children, sibling, "booking"));
    r::Booking merged = incoming;
    const auto existing = find(Table::Sessions, incoming.uuid);
    if (existing) {
        const auto held = ReplicaReader(db_).booking(*existing);
        if (held) {
            merged = core::merge::merge_booking(*held, incoming).booking;
            if (pending("booking", *existing)) {
                // This device's own booking change goes to the hub next; until the hub's answer
                // comes back, what it booked stays (the state and the day still merge).
                const r::Booking mine = *held;
                merged.agreement_version_uuid = mine.agreement_version_uuid;
                merged.room_uuid = mine.room_uuid;
                merged.worker_uuid = mine.worker_uuid;
                merged.starts_at = mine.starts_at;
                merged.minutes = mine.minutes;
                merged.visit_code = mine.visit_code;
                merged.arrival_windows = mine.arrival_windows;
            }
        }
    }
    const bool keeps_own_booking = merged.visit_code != incoming.visit_code;
    if (!keeps_own_booking) {
        // The hub gave this code to this booking: a session of this device that proposed the same
        // code steps aside (a code no keypad can type) until the hub's correction arrives.
        db_.cached("UPDATE sessions SET visit_code = '~' || uuid WHERE visit_code = ? AND uuid <> ?")
            .bind_all(incoming.visit_code, incoming.uuid)
            .run();
    }
    const core::Id final_version =
        merged.agreement_version_uuid == incoming.agreement_version_uuid
            ? version
            : need(Table::AgreementVersions, merged.agreement_version_uuid, "booking");
    const core::Id final_room = merged.room_uuid == incoming.room_uuid ? room : need(Table::Rooms, merged.room_uuid, "booking");
    const auto final_worker =
        merged.worker_uuid == incoming.worker_uuid ? worker : optional_ref(Table::Staff, merged.worker_uuid, "booking");
    db_.cached("INSERT INTO sessions (uuid, agreement_version_id, child_id, room_id, worker_id, starts_at, minutes, "
               "visit_code, state, brought_by, parent_through_at, started_at, ended_at, ended_early_reason, "
               "ended_early_words, parent_arrived_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, coalesce(?10, ''), "
               "?11, ?12, ?13, coalesce(?14, ''), coalesce(?15, ''), ?16) "
               "ON CONFLICT(uuid) DO UPDATE SET agreement_version_id = excluded.agreement_version_id, "
               "child_id = excluded.child_id, room_id = excluded.room_id, worker_id = excluded.worker_id, "
               "starts_at = excluded.starts_at, minutes = excluded.minutes, visit_code = excluded.visit_code, "
               "state = excluded.state, brought_by = coalesce(?10, brought_by), "
               "parent_through_at = excluded.parent_through_at, started_at = excluded.started_at, "
               "ended_at = excluded.ended_at, ended_early_reason = coalesce(?14, ended_early_reason), "
               "ended_early_words = coalesce(?15, ended_early_words), "
               "parent_arrived_at = coalesce(parent_arrived_at, excluded.parent_arrived_at)")
        .bind_all(merged.uuid, final_version, child, final_room, final_worker, core::to_unix(merged.starts_at),
                  merged.minutes, merged.visit_code, core::to_string(merged.state), merged.brought_by,
                  unix_or_null(merged.parent_through_at), unix_or_null(merged.started_at),
                  unix_or_null(merged.ended_at), merged.ended_early_reason, merged.ended_early_words,
                  unix_or_null(merged.parent_arrived_at))
        .run();
    const core::Id id = need(Table::Sessions, merged.uuid, "booking");
    db_.cached("DELETE FROM arrival_windows WHERE session_id = ?").bind_all(id).run();
    for (const auto& w : merged.arrival_windows) {
        db_.cached("INSERT OR REPLACE INTO arrival_windows (session_id, party, arrive_from, arrive_until, leave_order) "
                   "VALUES (?, ?, ?, ?, ?)")
            .bind_all(id, core::to_string(w.party), core::to_unix(w.arrive_from), core::to_unix(w.arrive_until),
                      w.leave_order)
            .run();
    }
    write_booking_siblings(db_, id, incoming, siblings);
}

void ReplicaApplier::apply_one(const r::CheckIn& v) {
    if (find(Table::CheckIns, v.uuid)) return;  // this very check-in, already here
    const core::Id session = need(Table::Sessions, v.session_uuid, "check_in");
    const core::Id adult = need(Table::Adults, v.adult_uuid, "check_in");
    std::optional<std::string> held;
    {
        auto s = db_.cached("SELECT uuid FROM check_ins WHERE session_id = ? AND adult_id = ?");
        s.bind_all(session, adult);
        if (s.step()) held = s.text(0);
    }
    if (core::merge::merge_check_in(held, v.uuid) != core::merge::AppendDecision::Insert) {
        kept_held("check_in", session, "one check-in per session and adult: the first stays");
        return;
    }
    db_.cached("INSERT INTO check_ins (uuid, session_id, adult_id, party, at, agreement_confirmed, agreement_version, "
               "signature_strokes, signed) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)")
        .bind_all(v.uuid, session, adult, core::to_string(v.party), core::to_unix(v.at), v.agreement_confirmed,
                  v.agreement_version, v.signed_agreement)
        .run();
}

void ReplicaApplier::apply_one(const r::Feedback& v) {
    if (find(Table::Feedback, v.uuid)) return;
    // Anonymous feedback names no session (schema v20's CHECK): it is kept by its week, at its
    // week's start, the only time it tells.
    const auto session = v.anonymous ? std::optional<core::Id>{}
                                     : std::optional<core::Id>{need(Table::Sessions, v.session_uuid.value_or(""), "feedback")};
    auto venue = optional_ref(Table::Venues, v.venue_uuid, "feedback");
    if (!venue && session) {
        auto s = db_.cached("SELECT r.venue_id FROM sessions s JOIN rooms r ON r.id = s.room_id WHERE s.id = ?");
        s.bind_all(*session);
        if (s.step()) venue = s.int64(0);
    }
    std::int64_t at = 0;
    if (v.at) {
        at = core::to_unix(*v.at);
    } else {
        auto s = db_.cached("SELECT unixepoch(?)");  // midnight UTC of the Monday; the week is what counts
        s.bind_all(v.week);
        if (s.step()) at = s.int64(0);
    }
    db_.cached("INSERT INTO feedback (uuid, session_id, child_face, adult_face, comment, anonymous, at, venue_id, week) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(v.uuid, session, v.child_face, v.adult_face, v.comment, v.anonymous, at, venue, v.week)
        .run();
}

void ReplicaApplier::apply_one(const r::Alert& v) {
    if (find(Table::Alerts, v.uuid)) return;
    const auto session = optional_ref(Table::Sessions, v.session_uuid, "alert");
    db_.cached("INSERT INTO alerts (uuid, kind, session_id, raised_at, detail) VALUES (?, ?, ?, ?, ?)")
        .bind_all(v.uuid, core::to_string(v.kind), session, core::to_unix(v.raised_at), v.detail)
        .run();
}

void ReplicaApplier::apply_one(const r::AlertAcknowledgement& v) {
    const core::Id alert = need(Table::Alerts, v.alert_uuid, "alert_acknowledgement");
    const core::Id staff = need(Table::Staff, v.acknowledged_by_uuid, "alert_acknowledgement");
    // The hub's acknowledgement is the first to have reached it: it replaces one made here.
    db_.cached("UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?")
        .bind_all(staff, core::to_unix(v.acknowledged_at), alert)
        .run();
}

void ReplicaApplier::apply_one(const r::Concern& v) {
    if (find(Table::Concerns, v.uuid)) return;
    const auto session = optional_ref(Table::Sessions, v.session_uuid, "concern");
    const core::Id staff = need(Table::Staff, v.raised_by_uuid, "concern");
    // A tablet is told that a concern was raised, not its words.
    db_.cached("INSERT INTO concerns (uuid, session_id, raised_by, raised_at, severity, text) VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(v.uuid, session, staff, core::to_unix(v.raised_at), core::to_string(v.severity),
                  v.text.value_or(""))
        .run();
    note_received("concern");
}

void ReplicaApplier::apply_one(const r::MissedSessionNotice& v) {
    if (find(Table::MissedSessions, v.uuid)) return;
    const core::Id session = need(Table::Sessions, v.session_uuid, "missed_session_notice");
    const core::Id staff = need(Table::Staff, v.recorded_by_uuid, "missed_session_notice");
    {
        auto s = db_.cached("SELECT id FROM missed_sessions WHERE session_id = ?");
        s.bind_all(session);
        if (s.step()) {
            kept_held("missed_session_notice", s.int64(0), "a session is missed once: the first stays");
            return;
        }
    }
    db_.cached("INSERT INTO missed_sessions (uuid, session_id, kind, who, reason, recorded_by, recorded_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind_all(v.uuid, session, core::to_string(v.kind), v.who, v.reason, staff, core::to_unix(v.recorded_at))
        .run();
}

void ReplicaApplier::apply_one(const r::Placement& v) {
    const core::Id child = need(Table::Children, v.child_uuid, "placement");
    const auto owner = optional_ref(Table::Staff, v.owner_uuid, "placement");
    db_.cached("INSERT INTO placements (uuid, child_id, placed_at, owner_id) VALUES (?, ?, ?, ?) "
               "ON CONFLICT(uuid) DO UPDATE SET child_id = excluded.child_id, placed_at = excluded.placed_at, "
               "owner_id = excluded.owner_id")
        .bind_all(v.uuid, child, core::to_unix(v.placed_at), owner)
        .run();
}

void ReplicaApplier::apply_one(const r::ComfortCallState& v) { apply_comfort_call(v); }
void ReplicaApplier::apply_one(const r::ComfortCallRecord& v) { apply_comfort_call(v.call); }
void ReplicaApplier::apply_one(const r::IcebreakerState& v) { apply_icebreaker(v); }
void ReplicaApplier::apply_one(const r::IcebreakerRecord& v) { apply_icebreaker(v.meeting); }

void ReplicaApplier::apply_comfort_call(const r::ComfortCallState& v) {
    const core::Id placement = need(Table::Placements, v.placement_uuid, "comfort_call_state");
    const auto recorded_by = optional_ref(Table::Staff, v.recorded_by_uuid, "comfort_call_state");
    const auto existing = find(Table::ComfortCalls, v.uuid);
    {
        auto s = db_.cached("SELECT id FROM comfort_calls WHERE placement_id = ? AND uuid <> ?");
        s.bind_all(placement, v.uuid);
        if (s.step()) {
            kept_held("comfort_call_state", s.int64(0), "a placement has one comfort call: the one held stays");
            return;
        }
    }
    if (existing && pending("comfort_call_state", *existing)) {
        kept_held("comfort_call_state", *existing, "this device's unsent change goes first");
        return;
    }
    // Words purged here once the social work team had them are not written back.
    bool purged = false;
    if (existing) {
        auto s = db_.cached("SELECT 1 FROM purged_entries WHERE kind = 'comfort_call' AND entity_id = ?");
        s.bind_all(*existing);
        purged = s.step();
    }
    const auto words = [&](const std::optional<std::string>& w) { return purged ? std::optional<std::string>{} : w; };
    db_.cached("INSERT INTO comfort_calls (uuid, placement_id, urgent_needs, comfort_item_and_routine, "
               "allergies_and_medicines, formula_or_baby_food, nap_and_feeding, critical_connection, platform, "
               "child_wants_to_say, family_wants_to_say, how_it_went, held, held_at, ended_early, ended_calmly, "
               "recorded_by, participants, ended_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce(?8, ''), "
               "coalesce(?9, ''), coalesce(?10, ''), coalesce(?11, ''), coalesce(?12, ''), ?13, ?14, ?15, ?16, ?17, "
               "?18, coalesce(?19, '')) "
               "ON CONFLICT(uuid) DO UPDATE SET urgent_needs = excluded.urgent_needs, "
               "comfort_item_and_routine = excluded.comfort_item_and_routine, "
               "allergies_and_medicines = excluded.allergies_and_medicines, "
               "formula_or_baby_food = excluded.formula_or_baby_food, nap_and_feeding = excluded.nap_and_feeding, "
               "critical_connection = coalesce(?8, critical_connection), platform = coalesce(?9, platform), "
               "child_wants_to_say = coalesce(?10, child_wants_to_say), "
               "family_wants_to_say = coalesce(?11, family_wants_to_say), how_it_went = coalesce(?12, how_it_went), "
               "held = excluded.held, held_at = excluded.held_at, ended_early = excluded.ended_early, "
               "ended_calmly = excluded.ended_calmly, recorded_by = excluded.recorded_by, "
               "participants = excluded.participants, ended_reason = coalesce(?19, ended_reason)")
        .bind_all(v.uuid, placement, v.urgent_needs, v.comfort_item_and_routine, v.allergies_and_medicines,
                  v.formula_or_baby_food, v.nap_and_feeding, words(v.critical_connection), words(v.platform),
                  words(v.child_wants_to_say), words(v.family_wants_to_say), words(v.how_it_went), v.held,
                  unix_or_null(v.held_at), v.ended_early, v.ended_calmly, recorded_by, core::join_roles(v.participants),
                  words(v.ended_reason))
        .run();
}

void ReplicaApplier::apply_icebreaker(const r::IcebreakerState& v) {
    const core::Id placement = need(Table::Placements, v.placement_uuid, "icebreaker_state");
    const auto recorded_by = optional_ref(Table::Staff, v.recorded_by_uuid, "icebreaker_state");
    const auto existing = find(Table::Icebreakers, v.uuid);
    {
        auto s = db_.cached("SELECT id FROM icebreakers WHERE placement_id = ? AND uuid <> ?");
        s.bind_all(placement, v.uuid);
        if (s.step()) {
            kept_held("icebreaker_state", s.int64(0), "a placement has one icebreaker: the one held stays");
            return;
        }
    }
    if (existing && pending("icebreaker_state", *existing)) {
        kept_held("icebreaker_state", *existing, "this device's unsent change goes first");
        return;
    }
    db_.cached("INSERT INTO icebreakers (uuid, placement_id, virtual_meeting, held, held_at, child_took_part, routines, "
               "needs, culture, recorded_by, facilitated_by, attended, other_attendees) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
               "virtual_meeting = excluded.virtual_meeting, held = excluded.held, held_at = excluded.held_at, "
               "child_took_part = excluded.child_took_part, routines = excluded.routines, needs = excluded.needs, "
               "culture = excluded.culture, recorded_by = excluded.recorded_by, "
               "facilitated_by = excluded.facilitated_by, attended = excluded.attended, "
               "other_attendees = excluded.other_attendees")
        .bind_all(v.uuid, placement, v.virtual_meeting, v.held, unix_or_null(v.held_at), v.child_took_part,
                  v.routines, v.needs, v.culture, recorded_by, core::join_roles(v.facilitated_by),
                  core::join_roles(v.attended), v.other_attendees)
        .run();
}

void ReplicaApplier::apply_one(const r::CaseFlag& v) {
    const core::Id child = need(Table::Children, v.child_uuid, "case_flag");
    const auto resolved_by = optional_ref(Table::Staff, v.resolved_by_uuid, "case_flag");
    // A resolved flag stays as it is (v12's lock): only an open one learns its resolution.
    db_.cached("INSERT INTO case_flags (uuid, child_id, kind, raised_at, resolved_at, resolved_by, resolution) "
               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET resolved_at = excluded.resolved_at, "
               "resolved_by = excluded.resolved_by, resolution = excluded.resolution "
               "WHERE case_flags.resolved_at IS NULL AND excluded.resolved_at IS NOT NULL")
        .bind_all(v.uuid, child, v.kind, core::to_unix(v.raised_at), unix_or_null(v.resolved_at), resolved_by,
                  v.resolution.value_or(""))
        .run();
}

}  // namespace kiosk::store
