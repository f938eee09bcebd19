// ReplicaReader: the snapshots of venue state (replica_reader.hpp).
#include <array>
#include <utility>

#include "kiosk/core/placement.hpp"
#include "kiosk/core/siblings.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/replica_contact_kinds.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/feature_list.hpp"
#include "kiosk/store/language_needs_query.hpp"
#include "kiosk/store/replica_columns.hpp"
#include "kiosk/store/record_handover_repository.hpp"
#include "kiosk/store/replica_reader.hpp"

namespace kiosk::store {
namespace r = core::replica;
using replica_columns::text_or_none;
using replica_columns::time_or_none;

std::optional<r::Entity> ReplicaReader::snapshot(std::string_view kind, core::Id id) {
    const auto wrap = [](auto found) -> std::optional<r::Entity> {
        if (!found) return std::nullopt;
        return r::Entity{std::move(*found)};
    };
    if (kind == "venue") return wrap(venue(id));
    if (kind == "room") return wrap(room(id));
    if (kind == "staff") return wrap(staff(id));
    if (kind == "child") return wrap(child(id));
    if (kind == "adult") return wrap(adult(id));
    if (kind == "referral") return wrap(referral(id));
    if (kind == "risk_assessment") return wrap(risk_assessment(id));
    if (kind == "agreement") return wrap(agreement(id));
    if (kind == "agreement_version") return wrap(agreement_version(id));
    if (kind == "booking") return wrap(booking(id));
    if (kind == "alert_acknowledgement") return wrap(acknowledgement(id));
    if (kind == "placement") return wrap(placement(id));
    if (kind == "comfort_call_state") return wrap(comfort_call(id));
    if (kind == "icebreaker_state") return wrap(icebreaker(id));
    if (kind == "case_flag") return wrap(case_flag(id));
    if (kind == "record_draft") return wrap(draft(id));
    if (kind == "letterbox_arrangement") return wrap(letterbox_arrangement(id));
    if (kind == "letterbox_item") return wrap(letterbox_item_as_logged(id));
    if (kind == "call_event") return wrap(call_event(id));
    return std::nullopt;
}

std::optional<r::Venue> ReplicaReader::venue(core::Id id) {
    auto s = db_.cached("SELECT uuid, name, time_zone, address FROM venues WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Venue{.uuid = s.text(0), .number = std::nullopt, .name = s.text(1), .time_zone = s.text(2),
                    .address = s.text(3)};
}

std::optional<r::Room> ReplicaReader::room(core::Id id) {
    auto s = db_.cached("SELECT r.uuid, v.uuid, r.name, r.capacity, r.features FROM rooms r "
                        "JOIN venues v ON v.id = r.venue_id WHERE r.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Room{.uuid = s.text(0), .venue_uuid = s.text(1), .name = s.text(2), .capacity = s.integer(3),
                   .features = split_features(s.text(4))};
}

std::optional<r::Staff> ReplicaReader::staff(core::Id id) {
    auto s = db_.cached("SELECT uuid, display_name, role, active, pin_hash, failed_attempts, total_failures, "
                        "locked_until, last_attempt_at, sign_in_reset_at, profile_updated_at, language FROM staff WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Staff{.uuid = s.text(0),
                    .display_name = s.text(1),
                    .role = core::parse_role(s.text(2)).value_or(core::Role::Worker),
                    .active = s.int64(3) != 0,
                    // A staff member pulled without a hash has none to give.
                    .pin_hash = s.text(4).empty() ? std::nullopt : std::optional<std::string>{s.text(4)},
                    .counters = core::SignInCounters{.failed_attempts = s.integer(5),
                                                     .total_failures = s.integer(6),
                                                     .locked_until = core::from_unix(s.int64(7)),
                                                     .last_attempt_at = core::from_unix(s.int64(8)),
                                                     .reset_at = core::from_unix(s.int64(9))},
                    .profile_updated_at = core::from_unix(s.int64(10)),
                    .language = s.text(11)};
}

std::optional<r::Child> ReplicaReader::child(core::Id id) {
    auto s = db_.cached("SELECT uuid, first_name, date_of_birth, restricted_surname, needs, allergies, medical, "
                        "restricted_school FROM children WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    // Issue #16: the family's language needs go with the child to the devices that hold no
    // referral (the hub derives them again from the referrals it holds).
    const core::LanguageNeeds language = family_language_needs(db_, id);
    return r::Child{.uuid = s.text(0), .first_name = s.text(1), .date_of_birth = s.text(2),
                    .restricted_surname = s.text(3), .needs = s.text(4), .allergies = s.text(5),
                    .medical = s.text(6), .restricted_school = s.text(7), .preferred_language = language.preferred,
                    .interpreter_needed = language.interpreter_needed};
}

std::optional<r::Adult> ReplicaReader::adult(core::Id id) {
    auto s = db_.cached("SELECT a.uuid, c.uuid, a.first_name, a.relationship, a.surname FROM family_adults a "
                        "JOIN children c ON c.id = a.child_id WHERE a.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Adult{.uuid = s.text(0), .child_uuid = s.text(1), .first_name = s.text(2), .relationship = s.text(3),
                    .surname = s.text(4)};
}

std::optional<r::Referral> ReplicaReader::referral(core::Id id) {
    auto s = db_.cached("SELECT f.uuid, c.uuid, f.social_worker, f.received_at, f.status, f.social_worker_notes "
                        "FROM referrals f JOIN children c ON c.id = f.child_id WHERE f.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    r::Referral out{.uuid = s.text(0), .child_uuid = s.text(1), .social_worker = s.text(2),
                    .received_at = core::from_unix(s.int64(3)),
                    .status = core::parse_referral_status(s.text(4)).value_or(core::ReferralStatus::New),
                    .social_worker_notes = s.text(5), .venue_uuid = std::nullopt, .preferred_language = std::nullopt,
                    .interpreter_needed = std::nullopt};
    read_referral_language(db_, id, out);  // issue #16
    return out;
}

std::optional<r::RiskAssessment> ReplicaReader::risk_assessment(core::Id id) {
    auto s = db_.cached("SELECT a.uuid, f.uuid, w.uuid, a.assessed_at, a.risk_factors, a.protective_factors, "
                        "a.contact_history, a.child_wishes, a.recommended_level, a.chosen_level, "
                        "a.reason_for_lower_level FROM risk_assessments a JOIN referrals f ON f.id = a.referral_id "
                        "JOIN staff w ON w.id = a.assessed_by WHERE a.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    const auto level = [&](int column) {
        return core::parse_supervision_level(s.text(column)).value_or(core::SupervisionLevel::CloselySupervised);
    };
    return r::RiskAssessment{.uuid = s.text(0), .referral_uuid = s.text(1), .assessed_by_uuid = s.text(2),
                             .assessed_at = core::from_unix(s.int64(3)), .risk_factors = s.text(4),
                             .protective_factors = s.text(5), .contact_history = s.text(6),
                             .child_wishes = s.text(7), .recommended_level = level(8), .chosen_level = level(9),
                             .reason_for_lower_level = s.text(10)};
}

std::optional<r::Agreement> ReplicaReader::agreement(core::Id id) {
    auto s = db_.cached("SELECT a.uuid, c.uuid, a.created_at, f.uuid FROM agreements a "
                        "JOIN children c ON c.id = a.child_id LEFT JOIN referrals f ON f.id = a.referral_id "
                        "WHERE a.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Agreement{.uuid = s.text(0), .child_uuid = s.text(1), .created_at = core::from_unix(s.int64(2)),
                        .referral_uuid = text_or_none(s, 3)};
}

std::optional<r::AgreementVersion> ReplicaReader::agreement_version(core::Id id) {
    r::AgreementVersion v;
    {
        auto s = db_.cached(
            "SELECT v.uuid, a.uuid, v.version, v.effective_from, v.supervision_level, v.frequency, v.session_minutes, "
            "r.uuid, v.grace_minutes, v.recording_timescale_hours, v.recording_working_days, v.review_date, "
            "v.custom_interval_days, v.leave_gap_minutes FROM agreement_versions v "
            "JOIN agreements a ON a.id = v.agreement_id LEFT JOIN rooms r ON r.id = v.room_id WHERE v.id = ?");
        s.bind_all(id);
        if (!s.step()) return std::nullopt;
        v.uuid = s.text(0);
        v.agreement_uuid = s.text(1);
        v.version = s.integer(2);
        v.effective_from = core::from_unix(s.int64(3));
        v.supervision_level =
            core::parse_supervision_level(s.text(4)).value_or(core::SupervisionLevel::CloselySupervised);
        v.frequency = s.text(5);
        v.session_minutes = s.integer(6);
        v.room_uuid = text_or_none(s, 7);
        v.grace_minutes = s.integer(8);
        v.recording_timescale_hours = s.integer(9);
        v.recording_working_days = s.integer(10);
        v.review_date = s.text(11);
        v.custom_interval_days = s.integer(12);
        v.leave_gap_minutes = s.integer(13);
    }
    // The rules with their languages and translations, read as the agreement repository reads them.
    if (const auto local = AgreementRepository(db_).version(id)) v.rules = local->rules;
    {
        auto s = db_.cached("SELECT a.uuid FROM approved_attendees p JOIN family_adults a ON a.id = p.adult_id "
                            "WHERE p.agreement_version_id = ? ORDER BY a.uuid");
        s.bind_all(id);
        while (s.step()) v.attendee_uuids.push_back(s.text(0));
    }
    {
        auto s = db_.cached("SELECT party, arrive_from_minutes_before, arrive_until_minutes_before, leave_order "
                            "FROM agreement_arrival_plans WHERE agreement_version_id = ? ORDER BY party");
        s.bind_all(id);
        while (s.step()) {
            v.arrival_plans.push_back({core::parse_party(s.text(0)).value_or(core::Party::Family), s.integer(1),
                                       s.integer(2), s.integer(3)});
        }
    }
    read_version_contact_kinds(db_, id, v);  // issue #16
    return v;
}

std::optional<r::Booking> ReplicaReader::booking(core::Id id) {
    r::Booking b;
    {
        auto s = db_.cached(
            "SELECT s.uuid, v.uuid, c.uuid, r.uuid, w.uuid, s.starts_at, s.minutes, s.visit_code, s.state, "
            "s.brought_by, s.parent_through_at, s.started_at, s.ended_at, s.ended_early_reason, s.ended_early_words, "
            "s.parent_arrived_at FROM sessions s JOIN agreement_versions v ON v.id = s.agreement_version_id "
            "JOIN children c ON c.id = s.child_id JOIN rooms r ON r.id = s.room_id "
            "LEFT JOIN staff w ON w.id = s.worker_id WHERE s.id = ?");
        s.bind_all(id);
        if (!s.step()) return std::nullopt;
        b.uuid = s.text(0);
        b.agreement_version_uuid = s.text(1);
        b.child_uuid = s.text(2);
        b.room_uuid = s.text(3);
        b.worker_uuid = text_or_none(s, 4);
        b.starts_at = core::from_unix(s.int64(5));
        b.minutes = s.integer(6);
        b.visit_code = s.text(7);
        b.state = core::parse_session_state(s.text(8)).value_or(core::SessionState::Booked);
        b.brought_by = s.text(9);
        b.parent_through_at = time_or_none(s, 10);
        b.started_at = time_or_none(s, 11);
        b.ended_at = time_or_none(s, 12);
        b.ended_early_reason = s.text(13);
        b.ended_early_words = s.text(14);
        b.parent_arrived_at = time_or_none(s, 15);
    }
    auto s = db_.cached("SELECT party, arrive_from, arrive_until, leave_order FROM arrival_windows "
                        "WHERE session_id = ? ORDER BY arrive_from, party");
    s.bind_all(id);
    while (s.step()) {
        b.arrival_windows.push_back({core::parse_party(s.text(0)).value_or(core::Party::Family),
                                     core::from_unix(s.int64(1)), core::from_unix(s.int64(2)), s.integer(3)});
    }
    read_booking_siblings(db_, id, b);  // issue #16
    return b;
}

std::optional<r::AlertAcknowledgement> ReplicaReader::acknowledgement(core::Id alert_id) {
    auto s = db_.cached("SELECT a.uuid, w.uuid, a.acknowledged_at FROM alerts a JOIN staff w ON w.id = a.acknowledged_by "
                        "WHERE a.id = ? AND a.acknowledged_at IS NOT NULL");
    s.bind_all(alert_id);
    if (!s.step()) return std::nullopt;
    return r::AlertAcknowledgement{.alert_uuid = s.text(0), .acknowledged_by_uuid = s.text(1),
                                   .acknowledged_at = core::from_unix(s.int64(2))};
}

std::optional<r::Placement> ReplicaReader::placement(core::Id id) {
    auto s = db_.cached("SELECT p.uuid, c.uuid, p.placed_at, w.uuid FROM placements p JOIN children c ON c.id = p.child_id "
                        "LEFT JOIN staff w ON w.id = p.owner_id WHERE p.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Placement{.uuid = s.text(0), .child_uuid = s.text(1), .placed_at = core::from_unix(s.int64(2)),
                        .owner_uuid = text_or_none(s, 3)};
}

std::optional<r::ComfortCallState> ReplicaReader::comfort_call(core::Id id) {
    auto s = db_.cached(
        "SELECT c.uuid, p.uuid, c.urgent_needs, c.comfort_item_and_routine, c.allergies_and_medicines, "
        "c.formula_or_baby_food, c.nap_and_feeding, c.critical_connection, c.platform, c.child_wants_to_say, "
        "c.family_wants_to_say, c.how_it_went, c.held, c.held_at, c.ended_early, c.ended_calmly, w.uuid, "
        "EXISTS (SELECT 1 FROM purged_entries e WHERE e.kind = 'comfort_call' AND e.entity_id = c.id), "
        "c.participants, c.ended_reason "
        "FROM comfort_calls c JOIN placements p ON p.id = c.placement_id LEFT JOIN staff w ON w.id = c.recorded_by "
        "WHERE c.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    r::ComfortCallState c{.uuid = s.text(0), .placement_uuid = s.text(1), .urgent_needs = s.text(2),
                          .comfort_item_and_routine = s.text(3), .allergies_and_medicines = s.text(4),
                          .formula_or_baby_food = s.text(5), .nap_and_feeding = s.text(6),
                          .critical_connection = s.text(7), .platform = s.text(8), .child_wants_to_say = s.text(9),
                          .family_wants_to_say = s.text(10), .how_it_went = s.text(11), .held = s.int64(12) != 0,
                          .held_at = time_or_none(s, 13), .ended_early = s.int64(14) != 0,
                          .ended_calmly = s.int64(15) != 0, .recorded_by_uuid = text_or_none(s, 16),
                          .participants = core::split_roles(s.text(18)), .ended_reason = s.text(19)};
    if (s.int64(17) != 0) {
        // Its words left this device after the social work team had them: say nothing of them,
        // rather than that they are empty.
        c.critical_connection.reset();
        c.child_wants_to_say.reset();
        c.family_wants_to_say.reset();
        c.how_it_went.reset();
        c.ended_reason.reset();
    }
    return c;
}

std::optional<r::IcebreakerState> ReplicaReader::icebreaker(core::Id id) {
    auto s = db_.cached("SELECT i.uuid, p.uuid, i.virtual_meeting, i.held, i.held_at, i.child_took_part, i.routines, "
                        "i.needs, i.culture, w.uuid, i.facilitated_by, i.attended, i.other_attendees "
                        "FROM icebreakers i JOIN placements p ON p.id = i.placement_id "
                        "LEFT JOIN staff w ON w.id = i.recorded_by WHERE i.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::IcebreakerState{.uuid = s.text(0), .placement_uuid = s.text(1), .virtual_meeting = s.int64(2) != 0,
                              .held = s.int64(3) != 0, .held_at = time_or_none(s, 4),
                              .child_took_part = s.int64(5) != 0, .routines = s.text(6), .needs = s.text(7),
                              .culture = s.text(8), .recorded_by_uuid = text_or_none(s, 9),
                              .facilitated_by = core::split_roles(s.text(10)),
                              .attended = core::split_roles(s.text(11)), .other_attendees = s.text(12)};
}

std::optional<r::CaseFlag> ReplicaReader::case_flag(core::Id id) {
    auto s = db_.cached("SELECT f.uuid, c.uuid, f.kind, f.raised_at, f.resolved_at, b.uuid, f.resolution "
                        "FROM case_flags f JOIN children c ON c.id = f.child_id "
                        "LEFT JOIN staff b ON b.id = f.resolved_by WHERE f.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::CaseFlag{.uuid = s.text(0), .child_uuid = s.text(1), .kind = s.text(2),
                       .raised_at = core::from_unix(s.int64(3)), .resolved_at = time_or_none(s, 4),
                       .resolved_by_uuid = text_or_none(s, 5), .resolution = s.text(6)};
}

std::optional<r::RecordDraft> ReplicaReader::draft(core::Id record_id) {
    r::RecordDraft d;
    {
        // Only a draft this device writes travels from it; a copy it holds to read does not.
        // Its holder: the latest hand-over's receiver, else its author (kDraftHolderSql).
        auto s = db_.cached(std::string("SELECT o.uuid, s.uuid, a.uuid, o.created_at, hs.uuid FROM observation_records o "
                                        "JOIN sessions s ON s.id = o.session_id JOIN staff a ON a.id = o.author_id "
                                        "JOIN staff hs ON hs.id = (SELECT ") +
                            kDraftHolderSql + " FROM observation_records r WHERE r.id = o.id) "
                            "WHERE o.id = ? AND o.state = 'draft' AND o.owner_device = ''");
        s.bind_all(record_id);
        if (!s.step()) return std::nullopt;
        d.uuid = s.text(0);
        d.session_uuid = s.text(1);
        d.author_uuid = s.text(2);
        d.holder_uuid = s.text(4);
        d.owner_device = this_device_;
        d.created_at = core::from_unix(s.int64(3));
    }
    {
        auto s = db_.cached("SELECT section, text FROM record_sections WHERE record_id = ? ORDER BY section");
        s.bind_all(record_id);
        while (s.step()) {
            if (auto section = core::parse_record_section(s.text(0))) {
                d.sections.emplace_back(*section, s.text(1));
            } else if (auto part = core::parse_sibling_section_key(s.text(0))) {
                d.sibling_sections.push_back({part->second, part->first, s.text(1)});  // issue #16
            }
        }
    }
    auto s = db_.cached("SELECT at, chip, text FROM record_timeline WHERE record_id = ? ORDER BY at, id");
    s.bind_all(record_id);
    while (s.step()) d.timeline.push_back({0, core::from_unix(s.int64(0)), s.text(1), s.text(2)});
    return d;
}

}  // namespace kiosk::store
