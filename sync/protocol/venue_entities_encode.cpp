// Encoding of the venue's entities (venue_entities.hpp). Each function writes exactly the fields
// docs/sync-api.md lists for its kind; the decoder (venue_entities_decode.cpp) reads them back.
#include <nlohmann/json.hpp>

#include "kiosk/core/siblings.hpp"

#include "kiosk/core/missed_session.hpp"
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::sync {
namespace {
using nlohmann::json;
namespace r = core::replica;

json time_or_null(const std::optional<core::Timestamp>& t) { return t ? json(core::to_iso8601(*t)) : json(nullptr); }
json uuid_or_null(const std::optional<std::string>& u) { return u ? json(*u) : json(nullptr); }

template <class T>
void put_optional(json& doc, const char* name, const std::optional<T>& value) {
    if (value) doc[name] = *value;
}

json base(const std::string& uuid) { return json{{"schema", kVenuePayloadSchema}, {"uuid", uuid}}; }

json sections_json(const std::vector<std::pair<core::RecordSection, std::string>>& sections,
                   const std::vector<core::SiblingSection>& sibling_sections) {
    json out = json::object();
    for (const auto& [section, text] : sections) out[std::string(core::to_string(section))] = text;
    // A sibling's own part, under its own key ("child_voice#2"): one record per session (issue #16).
    for (const auto& part : sibling_sections) out[core::sibling_section_key(part.section, part.position)] = part.text;
    return out;
}

json timeline_json(const std::vector<core::TimelineEntry>& timeline) {
    json out = json::array();
    for (const auto& e : timeline) out.push_back({{"at", core::to_iso8601(e.at)}, {"chip", e.chip}, {"text", e.text}});
    return out;
}

json counters_into(json doc, const core::SignInCounters& c) {
    doc["failed_attempts"] = c.failed_attempts;
    doc["total_failures"] = c.total_failures;
    doc["locked_until"] = core::to_iso8601(c.locked_until);
    doc["last_attempt_at"] = core::to_iso8601(c.last_attempt_at);
    doc["sign_in_reset_at"] = core::to_iso8601(c.reset_at);
    return doc;
}

json comfort_call_fields(json doc, const r::ComfortCallState& c) {
    doc["placement_uuid"] = c.placement_uuid;
    doc["urgent_needs"] = c.urgent_needs;
    doc["comfort_item_and_routine"] = c.comfort_item_and_routine;
    doc["allergies_and_medicines"] = c.allergies_and_medicines;
    doc["formula_or_baby_food"] = c.formula_or_baby_food;
    doc["nap_and_feeding"] = c.nap_and_feeding;
    put_optional(doc, "critical_connection", c.critical_connection);
    put_optional(doc, "platform", c.platform);
    put_optional(doc, "child_wants_to_say", c.child_wants_to_say);
    put_optional(doc, "family_wants_to_say", c.family_wants_to_say);
    put_optional(doc, "how_it_went", c.how_it_went);
    doc["held_at"] = time_or_null(c.held_at);
    doc["ended_early"] = c.ended_early;
    doc["ended_calmly"] = c.ended_calmly;
    doc["recorded_by_uuid"] = uuid_or_null(c.recorded_by_uuid);
    doc["participants"] = c.participants;
    put_optional(doc, "ended_reason", c.ended_reason);
    return doc;
}

json icebreaker_fields(json doc, const r::IcebreakerState& m) {
    doc["placement_uuid"] = m.placement_uuid;
    doc["virtual_meeting"] = m.virtual_meeting;
    doc["held_at"] = time_or_null(m.held_at);
    doc["child_took_part"] = m.child_took_part;
    doc["routines"] = m.routines;
    doc["needs"] = m.needs;
    doc["culture"] = m.culture;
    doc["recorded_by_uuid"] = uuid_or_null(m.recorded_by_uuid);
    doc["facilitated_by"] = m.facilitated_by;
    doc["attended"] = m.attended;
    doc["other_attendees"] = m.other_attendees;
    return doc;
}

struct Encoder {
    json operator()(const r::Venue& v) const {
        json doc = base(v.uuid);
        doc["name"] = v.name;
        doc["time_zone"] = v.time_zone;
        put_optional(doc, "number", v.number);
        put_optional(doc, "address", v.address);
        return doc;
    }
    json operator()(const r::Room& v) const {
        json doc = base(v.uuid);
        doc["venue_uuid"] = v.venue_uuid;
        doc["name"] = v.name;
        doc["capacity"] = v.capacity;
        doc["features"] = v.features;
        return doc;
    }
    json operator()(const r::Staff& v) const {
        json doc = base(v.uuid);
        doc["display_name"] = v.display_name;
        doc["role"] = core::to_string(v.role);
        doc["active"] = v.active;
        put_optional(doc, "pin_hash", v.pin_hash);
        put_optional(doc, "language", v.language);
        if (v.counters) doc = counters_into(std::move(doc), *v.counters);
        if (v.profile_updated_at) doc["profile_updated_at"] = core::to_iso8601(*v.profile_updated_at);
        return doc;
    }
    json operator()(const r::Child& v) const {
        json doc = base(v.uuid);
        doc["first_name"] = v.first_name;
        doc["date_of_birth"] = v.date_of_birth;
        put_optional(doc, "restricted_surname", v.restricted_surname);
        put_optional(doc, "needs", v.needs);
        put_optional(doc, "allergies", v.allergies);
        put_optional(doc, "medical", v.medical);
        put_optional(doc, "restricted_school", v.restricted_school);
        put_optional(doc, "preferred_language", v.preferred_language);  // issue #16
        put_optional(doc, "interpreter_needed", v.interpreter_needed);
        return doc;
    }
    json operator()(const r::Adult& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["first_name"] = v.first_name;
        doc["relationship"] = v.relationship;
        put_optional(doc, "surname", v.surname);
        return doc;
    }
    json operator()(const r::Referral& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["social_worker"] = v.social_worker;
        doc["received_at"] = core::to_iso8601(v.received_at);
        doc["status"] = core::to_string(v.status);
        put_optional(doc, "social_worker_notes", v.social_worker_notes);
        put_optional(doc, "venue_uuid", v.venue_uuid);
        put_optional(doc, "preferred_language", v.preferred_language);
        put_optional(doc, "interpreter_needed", v.interpreter_needed);
        return doc;
    }
    json operator()(const r::RiskAssessment& v) const {
        json doc = base(v.uuid);
        doc["referral_uuid"] = v.referral_uuid;
        doc["assessed_by_uuid"] = v.assessed_by_uuid;
        doc["assessed_at"] = core::to_iso8601(v.assessed_at);
        doc["risk_factors"] = v.risk_factors;
        doc["protective_factors"] = v.protective_factors;
        doc["contact_history"] = v.contact_history;
        doc["child_wishes"] = v.child_wishes;
        doc["recommended_level"] = core::to_string(v.recommended_level);
        doc["chosen_level"] = core::to_string(v.chosen_level);
        doc["reason_for_lower_level"] = v.reason_for_lower_level;
        return doc;
    }
    json operator()(const r::Agreement& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["created_at"] = core::to_iso8601(v.created_at);
        put_optional(doc, "referral_uuid", v.referral_uuid);
        return doc;
    }
    json operator()(const r::AgreementVersion& v) const {
        json doc = base(v.uuid);
        doc["agreement_uuid"] = v.agreement_uuid;
        doc["version"] = v.version;
        doc["effective_from"] = core::to_iso8601(v.effective_from);
        doc["supervision_level"] = core::to_string(v.supervision_level);
        doc["frequency"] = v.frequency;
        doc["session_minutes"] = v.session_minutes;
        doc["room_uuid"] = uuid_or_null(v.room_uuid);
        doc["grace_minutes"] = v.grace_minutes;
        doc["recording_timescale_hours"] = v.recording_timescale_hours;
        doc["recording_working_days"] = v.recording_working_days;
        doc["review_date"] = v.review_date;
        doc["custom_interval_days"] = v.custom_interval_days;
        doc["leave_gap_minutes"] = v.leave_gap_minutes;
        json rules = json::array();
        for (const auto& rule : v.rules) {
            rules.push_back({{"kind", rule.kind}, {"text", rule.text}, {"language", rule.language},
                             {"translations", rule.translations}});
        }
        doc["rules"] = std::move(rules);
        doc["attendee_uuids"] = v.attendee_uuids;
        json plans = json::array();
        for (const auto& p : v.arrival_plans) {
            plans.push_back({{"party", core::to_string(p.party)},
                             {"arrive_from_minutes_before", p.arrive_from_minutes_before},
                             {"arrive_until_minutes_before", p.arrive_until_minutes_before},
                             {"leave_order", p.leave_order}});
        }
        doc["arrival_plans"] = std::move(plans);
        if (v.arrangement) {
            const core::ContactArrangement& a = *v.arrangement;
            doc["contact_mode"] = core::to_string(a.mode);
            doc["call_platform"] = a.platform;
            doc["call_started_by"] = core::to_string(a.call_started_by);
            doc["community_place"] = a.community_place;
            doc["supervised_by"] = core::to_string(a.supervised_by);
            doc["supervisor_name"] = a.supervisor_name;
        }
        if (!v.sibling_uuids.empty()) {
            doc["sibling_uuids"] = v.sibling_uuids;
            json carers = json::array();
            for (const auto& p : v.sibling_carer_plans) {
                carers.push_back({{"arrive_from_minutes_before", p.arrive_from_minutes_before},
                                  {"arrive_until_minutes_before", p.arrive_until_minutes_before},
                                  {"leave_order", p.leave_order}});
            }
            doc["sibling_carer_plans"] = std::move(carers);
        }
        return doc;
    }
    json operator()(const r::Booking& v) const {
        json doc = base(v.uuid);
        doc["agreement_version_uuid"] = v.agreement_version_uuid;
        doc["child_uuid"] = v.child_uuid;
        doc["room_uuid"] = v.room_uuid;
        doc["worker_uuid"] = uuid_or_null(v.worker_uuid);
        doc["starts_at"] = core::to_iso8601(v.starts_at);
        doc["minutes"] = v.minutes;
        doc["visit_code"] = v.visit_code;
        doc["state"] = core::to_string(v.state);
        json windows = json::array();
        for (const auto& w : v.arrival_windows) {
            windows.push_back({{"party", core::to_string(w.party)}, {"arrive_from", core::to_iso8601(w.arrive_from)},
                               {"arrive_until", core::to_iso8601(w.arrive_until)}, {"leave_order", w.leave_order}});
        }
        doc["arrival_windows"] = std::move(windows);
        put_optional(doc, "brought_by", v.brought_by);
        doc["parent_through_at"] = time_or_null(v.parent_through_at);
        doc["started_at"] = time_or_null(v.started_at);
        doc["ended_at"] = time_or_null(v.ended_at);
        put_optional(doc, "ended_early_reason", v.ended_early_reason);
        put_optional(doc, "ended_early_words", v.ended_early_words);
        if (v.parent_arrived_at) doc["parent_arrived_at"] = core::to_iso8601(*v.parent_arrived_at);
        if (!v.sibling_uuids.empty()) {
            doc["sibling_uuids"] = v.sibling_uuids;
            json carers = json::array();
            for (std::size_t i = 0; i < v.sibling_carer_windows.size(); ++i) {
                const auto& w = v.sibling_carer_windows[i];
                const auto arrived = i < v.sibling_arrived_at.size() ? v.sibling_arrived_at[i] : std::nullopt;
                carers.push_back({{"arrive_from", core::to_iso8601(w.arrive_from)},
                                  {"arrive_until", core::to_iso8601(w.arrive_until)},
                                  {"leave_order", w.leave_order},
                                  {"arrived_at", time_or_null(arrived)}});
            }
            doc["sibling_carer_windows"] = std::move(carers);
            // Apart, at the top, so a lobby's scope can leave the words out (feed_scope).
            if (v.sibling_brought_by) doc["sibling_brought_by"] = *v.sibling_brought_by;
        }
        return doc;
    }
    json operator()(const r::AlertAcknowledgement& v) const {
        return json{{"schema", kVenuePayloadSchema},
                    {"alert_uuid", v.alert_uuid},
                    {"acknowledged_by_uuid", v.acknowledged_by_uuid},
                    {"acknowledged_at", core::to_iso8601(v.acknowledged_at)}};
    }
    json operator()(const r::Placement& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["placed_at"] = core::to_iso8601(v.placed_at);
        doc["owner_uuid"] = uuid_or_null(v.owner_uuid);
        return doc;
    }
    json operator()(const r::ComfortCallState& v) const {
        json doc = comfort_call_fields(base(v.uuid), v);
        doc["held"] = v.held;
        return doc;
    }
    json operator()(const r::IcebreakerState& v) const {
        json doc = icebreaker_fields(base(v.uuid), v);
        doc["held"] = v.held;
        return doc;
    }
    json operator()(const r::CaseFlag& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["kind"] = v.kind;
        doc["raised_at"] = core::to_iso8601(v.raised_at);
        doc["resolved_at"] = time_or_null(v.resolved_at);
        doc["resolved_by_uuid"] = uuid_or_null(v.resolved_by_uuid);
        put_optional(doc, "resolution", v.resolution);
        return doc;
    }
    json operator()(const r::RecordDraft& v) const {
        json doc = base(v.uuid);
        doc["session_uuid"] = v.session_uuid;
        doc["author_uuid"] = v.author_uuid;
        doc["holder_uuid"] = v.holder_uuid;
        doc["owner_device"] = v.owner_device;
        doc["created_at"] = core::to_iso8601(v.created_at);
        doc["sections"] = sections_json(v.sections, v.sibling_sections);
        doc["timeline"] = timeline_json(v.timeline);
        return doc;
    }
    json operator()(const r::RecordHandover& v) const {
        json doc = base(v.uuid);
        doc["record_uuid"] = v.record_uuid;
        doc["session_uuid"] = v.session_uuid;
        doc["from_staff_uuid"] = v.from_staff_uuid;
        doc["to_staff_uuid"] = v.to_staff_uuid;
        doc["by_staff_uuid"] = v.by_staff_uuid;
        doc["at"] = core::to_iso8601(v.at);
        return doc;
    }
    json operator()(const r::CheckIn& v) const {
        json doc = base(v.uuid);
        doc["session_uuid"] = v.session_uuid;
        doc["adult_uuid"] = v.adult_uuid;
        doc["party"] = core::to_string(v.party);
        doc["at"] = core::to_iso8601(v.at);
        doc["agreement_confirmed"] = v.agreement_confirmed;
        doc["agreement_version"] = v.agreement_version;
        doc["signed"] = v.signed_agreement;
        return doc;
    }
    json operator()(const r::Feedback& v) const {
        json doc = base(v.uuid);
        // Anonymous feedback says which week it was given in and nothing more: no session, no
        // time (either would let the server find the visit, and so the family).
        put_optional(doc, "session_uuid", v.session_uuid);
        doc["child_face"] = v.child_face;
        doc["adult_face"] = v.adult_face;
        doc["comment"] = v.comment;
        doc["anonymous"] = v.anonymous;
        if (v.at) doc["at"] = core::to_iso8601(*v.at);
        doc["week"] = v.week;
        put_optional(doc, "venue_uuid", v.venue_uuid);
        return doc;
    }
    json operator()(const r::Alert& v) const {
        json doc = base(v.uuid);
        doc["kind"] = core::to_string(v.kind);
        doc["session_uuid"] = uuid_or_null(v.session_uuid);
        doc["raised_at"] = core::to_iso8601(v.raised_at);
        doc["detail"] = v.detail;
        return doc;
    }
    json operator()(const r::Concern& v) const {
        json doc = base(v.uuid);
        doc["session_uuid"] = uuid_or_null(v.session_uuid);
        doc["raised_by_uuid"] = v.raised_by_uuid;
        doc["raised_at"] = core::to_iso8601(v.raised_at);
        doc["severity"] = core::to_string(v.severity);
        put_optional(doc, "text", v.text);
        return doc;
    }
    json operator()(const r::FinalRecord& v) const {
        json doc = base(v.uuid);
        doc["session_uuid"] = v.session_uuid;
        doc["author_uuid"] = v.author_uuid;
        doc["created_at"] = core::to_iso8601(v.created_at);
        doc["sections"] = sections_json(v.sections, v.sibling_sections);
        doc["timeline"] = timeline_json(v.timeline);
        doc["late_entry"] = v.late_entry;
        doc["use_note"] = v.use_note;
        doc["signature"] = v.signature;
        doc["finalized_at"] = time_or_null(v.finalized_at);
        doc["due_at"] = time_or_null(v.due_at);
        json writers = json::array();
        for (const auto& w : v.writers) {
            writers.push_back({{"part", w.part}, {"staff_uuid", w.staff_uuid}, {"first_at", core::to_iso8601(w.first_at)},
                               {"last_at", core::to_iso8601(w.last_at)}});
        }
        doc["writers"] = std::move(writers);
        return doc;
    }
    json operator()(const r::Addendum& v) const {
        json doc = base(v.uuid);
        doc["record_uuid"] = v.record_uuid;
        doc["author_uuid"] = v.author_uuid;
        doc["at"] = core::to_iso8601(v.at);
        doc["text"] = v.text;
        return doc;
    }
    json operator()(const r::Review& v) const {
        json doc = base(v.uuid);
        doc["record_uuid"] = v.record_uuid;
        doc["reviewed_by_uuid"] = v.reviewed_by_uuid;
        doc["reviewed_at"] = core::to_iso8601(v.reviewed_at);
        return doc;
    }
    json operator()(const r::ComfortCallRecord& v) const {
        json doc = comfort_call_fields(base(v.call.uuid), v.call);
        doc["child_uuid"] = v.child_uuid;
        return doc;
    }
    json operator()(const r::IcebreakerRecord& v) const {
        json doc = icebreaker_fields(base(v.meeting.uuid), v.meeting);
        doc["child_uuid"] = v.child_uuid;
        return doc;
    }
    json operator()(const r::MissedSessionNotice& v) const {
        json doc = base(v.uuid);
        doc["session_uuid"] = v.session_uuid;
        doc["child_uuid"] = v.child_uuid;
        doc["session_starts_at"] = core::to_iso8601(v.session_starts_at);
        doc["kind"] = core::to_string(v.kind);
        doc["who"] = v.who;
        doc["reason"] = v.reason;
        doc["recorded_by_uuid"] = v.recorded_by_uuid;
        doc["recorded_at"] = core::to_iso8601(v.recorded_at);
        doc["send_after"] = core::to_iso8601(v.send_after);
        return doc;
    }
    json operator()(const r::SessionChange& v) const {
        json doc = base(v.uuid);
        doc["session_uuid"] = v.session_uuid;
        doc["child_uuid"] = v.child_uuid;
        doc["starts_at"] = core::to_iso8601(v.starts_at);
        doc["reason"] = v.reason;
        doc["by_staff_uuid"] = v.by_staff_uuid;
        doc["recorded_at"] = core::to_iso8601(v.recorded_at);
        if (v.closed_referral_uuid) doc["closed_referral_uuid"] = *v.closed_referral_uuid;
        if (v.new_session_uuid) doc["new_session_uuid"] = *v.new_session_uuid;
        if (v.new_starts_at) doc["new_starts_at"] = core::to_iso8601(*v.new_starts_at);
        return doc;
    }
    json operator()(const r::ReferralClosure& v) const {
        return json{{"schema", kVenuePayloadSchema}, {"referral_uuid", v.referral_uuid}, {"child_uuid", v.child_uuid},
                    {"reason", v.reason}, {"closed_by_uuid", v.closed_by_uuid},
                    {"closed_at", core::to_iso8601(v.closed_at)}};
    }
    json operator()(const r::LifeStoryNote& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["session_uuid"] = uuid_or_null(v.session_uuid);
        doc["written_by_uuid"] = v.written_by_uuid;
        doc["at"] = core::to_iso8601(v.at);
        doc["kind"] = core::to_string(v.kind);
        doc["words"] = v.words;
        doc["consent_from"] = v.consent_from;
        doc["kept_at"] = v.kept_at;
        return doc;
    }
    json operator()(const r::LetterboxArrangement& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["direction"] = core::to_string(v.direction);
        doc["with_whom"] = v.with_whom;
        doc["every_months"] = v.every_months;
        doc["first_due"] = v.first_due;
        doc["active"] = v.active;
        return doc;
    }
    json operator()(const r::LetterboxItem& v) const {
        json doc = base(v.uuid);
        doc["child_uuid"] = v.child_uuid;
        doc["arrangement_uuid"] = uuid_or_null(v.arrangement_uuid);
        doc["direction"] = core::to_string(v.direction);
        doc["kind"] = core::to_string(v.kind);
        doc["from_whom"] = v.from_whom;
        doc["description"] = v.description;
        doc["received_at"] = core::to_iso8601(v.received_at);
        doc["logged_by_uuid"] = v.logged_by_uuid;
        doc["decision"] = core::to_string(v.decision);
        json checks = json::array();
        for (const auto c : v.checks_passed) checks.push_back(core::to_string(c));
        doc["checks_passed"] = std::move(checks);
        doc["reason"] = v.reason;
        // An item still waiting for a worker (a journal snapshot, issue #16) has no checker yet.
        const bool waiting = v.decision == core::LetterboxDecision::Waiting;
        doc["checked_by_uuid"] = waiting ? json(nullptr) : json(v.checked_by_uuid);
        doc["decided_at"] = waiting ? json(nullptr) : json(core::to_iso8601(v.decided_at));
        return doc;
    }
    json operator()(const r::Receipt& v) const {
        json doc = base(v.uuid);
        doc["records"] = v.records;
        return doc;
    }
    json operator()(const r::CallEvent& v) const {
        json doc = base(v.uuid);
        doc["session_uuid"] = v.session_uuid;
        doc["at"] = core::to_iso8601(v.at);
        doc["party"] = core::to_string(v.party);
        doc["event"] = core::to_string(v.event);
        doc["recorded_by_uuid"] = v.recorded_by_uuid;
        return doc;
    }
};

}  // namespace

json to_json(const r::Entity& entity) { return std::visit(Encoder{}, entity); }
std::string encode_entity(const r::Entity& entity) { return to_json(entity).dump(); }

}  // namespace kiosk::sync
