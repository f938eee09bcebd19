// ReplicaApplier: the venue, its rooms, staff, families, referrals, assessments and agreements.
// An absent optional field (a scoped feed) keeps what the device holds: coalesce(?, column).
#include "kiosk/core/merge_rules.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/feature_list.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/replica_contact_kinds.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace r = core::replica;

void ReplicaApplier::apply_one(const r::Venue& v) {
    db_.cached("INSERT INTO venues (uuid, name, time_zone, address) VALUES (?1, ?2, ?3, coalesce(?4, '')) "
               "ON CONFLICT(uuid) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone, "
               "address = coalesce(?4, address)")
        .bind_all(v.uuid, v.name, v.time_zone, v.address)
        .run();
}

void ReplicaApplier::apply_one(const r::Room& v) {
    const core::Id venue = need(Table::Venues, v.venue_uuid, "room");
    db_.cached("INSERT INTO rooms (uuid, venue_id, name, capacity, features) VALUES (?1, ?2, ?3, ?4, ?5) "
               "ON CONFLICT(uuid) DO UPDATE SET venue_id = excluded.venue_id, name = excluded.name, "
               "capacity = excluded.capacity, features = excluded.features")
        .bind_all(v.uuid, venue, v.name, v.capacity, join_features(v.features))
        .run();
}

void ReplicaApplier::apply_one(const r::Staff& incoming) {
    r::Staff merged = incoming;
    if (const auto id = find(Table::Staff, incoming.uuid)) {
        const auto held = ReplicaReader(db_).staff(*id);
        if (held) merged = core::merge::merge_staff_profile(*held, incoming);
    }
    const core::SignInCounters c = merged.counters.value_or(core::SignInCounters{});
    db_.cached("INSERT INTO staff (uuid, display_name, role, active, pin_hash, failed_attempts, total_failures, "
               "locked_until, last_attempt_at, sign_in_reset_at, profile_updated_at) "
               "VALUES (?1, ?2, ?3, ?4, coalesce(?5, ''), ?6, ?7, ?8, ?9, ?10, ?11) "
               "ON CONFLICT(uuid) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, "
               "active = excluded.active, pin_hash = coalesce(?5, pin_hash), failed_attempts = excluded.failed_attempts, "
               "total_failures = excluded.total_failures, locked_until = excluded.locked_until, "
               "last_attempt_at = excluded.last_attempt_at, sign_in_reset_at = excluded.sign_in_reset_at, "
               "profile_updated_at = excluded.profile_updated_at")
        .bind_all(merged.uuid, merged.display_name, core::to_string(merged.role), merged.active, merged.pin_hash,
                  c.failed_attempts, c.total_failures, core::to_unix(c.locked_until), core::to_unix(c.last_attempt_at),
                  core::to_unix(c.reset_at), core::to_unix(merged.profile_updated_at.value_or(core::Timestamp{})))
        .run();
}

void ReplicaApplier::apply_one(const r::Child& v) {
    db_.cached("INSERT INTO children (uuid, first_name, date_of_birth, restricted_surname, needs, allergies, medical, "
               "restricted_school) VALUES (?1, ?2, ?3, coalesce(?4, ''), coalesce(?5, ''), coalesce(?6, ''), "
               "coalesce(?7, ''), coalesce(?8, '')) "
               "ON CONFLICT(uuid) DO UPDATE SET first_name = excluded.first_name, date_of_birth = excluded.date_of_birth, "
               "restricted_surname = coalesce(?4, restricted_surname), needs = coalesce(?5, needs), "
               "allergies = coalesce(?6, allergies), medical = coalesce(?7, medical), "
               "restricted_school = coalesce(?8, restricted_school)")
        .bind_all(v.uuid, v.first_name, v.date_of_birth, v.restricted_surname, v.needs, v.allergies, v.medical,
                  v.restricted_school)
        .run();
    // Issue #16 (schema v25): the family's language needs as the hub derived them; a lobby is
    // sent the language only, so its interpreter flag is never set.
    db_.cached("UPDATE children SET preferred_language = coalesce(?2, preferred_language), "
               "interpreter_needed = coalesce(?3, interpreter_needed) WHERE uuid = ?1")
        .bind_all(v.uuid, v.preferred_language,
                  v.interpreter_needed ? std::optional<std::int64_t>{*v.interpreter_needed ? 1 : 0} : std::nullopt)
        .run();
}

void ReplicaApplier::apply_one(const r::Adult& v) {
    const core::Id child = need(Table::Children, v.child_uuid, "adult");
    db_.cached("INSERT INTO family_adults (uuid, child_id, first_name, relationship, surname) "
               "VALUES (?1, ?2, ?3, ?4, coalesce(?5, '')) ON CONFLICT(uuid) DO UPDATE SET child_id = excluded.child_id, "
               "first_name = excluded.first_name, relationship = excluded.relationship, surname = coalesce(?5, surname)")
        .bind_all(v.uuid, child, v.first_name, v.relationship, v.surname)
        .run();
}

void ReplicaApplier::apply_one(const r::Referral& v) {
    const core::Id child = need(Table::Children, v.child_uuid, "referral");
    db_.cached("INSERT INTO referrals (uuid, child_id, social_worker, received_at, status, social_worker_notes) "
               "VALUES (?1, ?2, ?3, ?4, ?5, coalesce(?6, '')) ON CONFLICT(uuid) DO UPDATE SET "
               "child_id = excluded.child_id, social_worker = excluded.social_worker, "
               "received_at = excluded.received_at, status = excluded.status, "
               "social_worker_notes = coalesce(?6, social_worker_notes)")
        .bind_all(v.uuid, child, v.social_worker, core::to_unix(v.received_at), core::to_string(v.status),
                  v.social_worker_notes)
        .run();
    write_referral_language(db_, need(Table::Referrals, v.uuid, "referral"), v);  // issue #16
}

void ReplicaApplier::apply_one(const r::RiskAssessment& v) {
    const core::Id referral = need(Table::Referrals, v.referral_uuid, "risk_assessment");
    const core::Id staff = need(Table::Staff, v.assessed_by_uuid, "risk_assessment");
    db_.cached("INSERT INTO risk_assessments (uuid, referral_id, assessed_by, assessed_at, risk_factors, "
               "protective_factors, contact_history, child_wishes, recommended_level, chosen_level, "
               "reason_for_lower_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
               "referral_id = excluded.referral_id, assessed_by = excluded.assessed_by, "
               "assessed_at = excluded.assessed_at, risk_factors = excluded.risk_factors, "
               "protective_factors = excluded.protective_factors, contact_history = excluded.contact_history, "
               "child_wishes = excluded.child_wishes, recommended_level = excluded.recommended_level, "
               "chosen_level = excluded.chosen_level, reason_for_lower_level = excluded.reason_for_lower_level")
        .bind_all(v.uuid, referral, staff, core::to_unix(v.assessed_at), v.risk_factors, v.protective_factors,
                  v.contact_history, v.child_wishes, core::to_string(v.recommended_level),
                  core::to_string(v.chosen_level), v.reason_for_lower_level)
        .run();
}

void ReplicaApplier::apply_one(const r::Agreement& v) {
    const core::Id child = need(Table::Children, v.child_uuid, "agreement");
    // A lobby or tablet is sent no referrals: a referral it does not hold is simply not named.
    const auto referral = v.referral_uuid ? find(Table::Referrals, *v.referral_uuid) : std::nullopt;
    db_.cached("INSERT INTO agreements (uuid, child_id, referral_id, created_at) VALUES (?1, ?2, ?3, ?4) "
               "ON CONFLICT(uuid) DO UPDATE SET child_id = excluded.child_id, "
               "referral_id = coalesce(excluded.referral_id, referral_id), created_at = excluded.created_at")
        .bind_all(v.uuid, child, referral, core::to_unix(v.created_at))
        .run();
}

void ReplicaApplier::apply_one(const r::AgreementVersion& v) {
    const core::Id agreement = need(Table::Agreements, v.agreement_uuid, "agreement_version");
    const auto room = optional_ref(Table::Rooms, v.room_uuid, "agreement_version");
    std::vector<core::Id> attendees;
    for (const auto& adult : v.attendee_uuids) attendees.push_back(need(Table::Adults, adult, "agreement_version"));
    std::vector<core::Id> siblings;  // issue #16: sent ahead of the version (a *_uuids field)
    for (const auto& child : v.sibling_uuids) siblings.push_back(need(Table::Children, child, "agreement_version"));
    const auto existing = find(Table::AgreementVersions, v.uuid);
    if (existing && pending("agreement_version", *existing)) {
        // Unsent changes here: this device's version goes to the hub next, and the hub's answer
        // (with the number it allocated) comes back after it.
        kept_held("agreement_version", *existing, "this device's unsent change goes first");
        return;
    }
    // The hub allocated this number: a version of this device that proposed the same number
    // steps aside until the hub's correction for it arrives (merge_rules, version numbers).
    db_.cached("UPDATE agreement_versions SET version = (SELECT max(version) + 1 FROM agreement_versions "
               "WHERE agreement_id = ?1) WHERE agreement_id = ?1 AND version = ?2 AND uuid <> ?3")
        .bind_all(agreement, v.version, v.uuid)
        .run();
    db_.cached("INSERT INTO agreement_versions (uuid, agreement_id, version, effective_from, supervision_level, "
               "frequency, session_minutes, room_id, grace_minutes, recording_timescale_hours, recording_working_days, "
               "review_date, custom_interval_days, leave_gap_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(uuid) DO UPDATE SET agreement_id = excluded.agreement_id, version = excluded.version, "
               "effective_from = excluded.effective_from, supervision_level = excluded.supervision_level, "
               "frequency = excluded.frequency, session_minutes = excluded.session_minutes, room_id = excluded.room_id, "
               "grace_minutes = excluded.grace_minutes, recording_timescale_hours = excluded.recording_timescale_hours, "
               "recording_working_days = excluded.recording_working_days, review_date = excluded.review_date, "
               "custom_interval_days = excluded.custom_interval_days, leave_gap_minutes = excluded.leave_gap_minutes")
        .bind_all(v.uuid, agreement, v.version, core::to_unix(v.effective_from), core::to_string(v.supervision_level),
                  v.frequency, v.session_minutes, room, v.grace_minutes, v.recording_timescale_hours,
                  v.recording_working_days, v.review_date, v.custom_interval_days, v.leave_gap_minutes)
        .run();
    const core::Id id = need(Table::AgreementVersions, v.uuid, "agreement_version");
    // The rules with their language and translations (schema v10), as the coordinator writes them.
    delete_agreement_rules(db_, id);
    db_.cached("DELETE FROM approved_attendees WHERE agreement_version_id = ?").bind_all(id).run();
    db_.cached("DELETE FROM agreement_arrival_plans WHERE agreement_version_id = ?").bind_all(id).run();
    int position = 0;
    for (const auto& rule : v.rules) add_agreement_rule(db_, id, position++, rule);
    for (const core::Id adult : attendees) {
        db_.cached("INSERT OR IGNORE INTO approved_attendees (agreement_version_id, adult_id) VALUES (?, ?)")
            .bind_all(id, adult)
            .run();
    }
    for (const auto& plan : v.arrival_plans) {
        db_.cached("INSERT OR REPLACE INTO agreement_arrival_plans (agreement_version_id, party, "
                   "arrive_from_minutes_before, arrive_until_minutes_before, leave_order) VALUES (?, ?, ?, ?, ?)")
            .bind_all(id, core::to_string(plan.party), plan.arrive_from_minutes_before,
                      plan.arrive_until_minutes_before, plan.leave_order)
            .run();
    }
    write_version_contact_kinds(db_, id, v, siblings);
}

}  // namespace kiosk::store
