// Decoding of the venue's entities (venue_entities.hpp): every field checked for its type and
// range, every complaint naming the kind and the field, never a value. The records and the
// day's states are in venue_records_decode.cpp.
#include <nlohmann/json.hpp>

#include "kiosk/core/siblings.hpp"

#include <algorithm>
#include <array>

#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/missed_session.hpp"
#include "kiosk/core/placement.hpp"
#include "kiosk/core/visit_code.hpp"
#include "sync/protocol/json_fields.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/protocol/venue_records_decode.hpp"

namespace kiosk::sync {
namespace {
using nlohmann::json;
namespace r = core::replica;


std::vector<std::string> read_uuid_list(const JsonFields& f, const char* name) {
    std::vector<std::string> out;
    for (const auto& item : f.list(name)) {
        if (!item.is_string() || !is_wire_uuid(item.get_ref<const std::string&>())) f.fail(name, "a list of UUIDs");
        out.push_back(item.get<std::string>());
    }
    return out;
}

r::Venue venue(const JsonFields& f) {
    r::Venue v{.uuid = f.uuid("uuid"), .number = std::nullopt, .name = f.text("name"),
               .time_zone = f.text("time_zone"), .address = f.optional_text("address")};
    if (f.has("number")) v.number = f.small_integer("number", 1, 1'000'000);
    return v;
}

r::Room room(const JsonFields& f) {
    r::Room v{.uuid = f.uuid("uuid"), .venue_uuid = f.uuid("venue_uuid"), .name = f.text("name"),
              .capacity = f.small_integer("capacity", 0, 1000), .features = {}};
    for (const auto& feature : f.list("features")) {
        if (!feature.is_string()) f.fail("features", "a list of text");
        v.features.push_back(feature.get<std::string>());
    }
    return v;
}

r::Staff staff(const JsonFields& f) {
    r::Staff v{.uuid = f.uuid("uuid"), .display_name = f.text("display_name"),
               .role = f.parsed<core::Role>("role", core::parse_role), .active = f.boolean("active"),
               .pin_hash = f.optional_text("pin_hash"), .counters = std::nullopt,
               .profile_updated_at = f.optional_time("profile_updated_at"), .language = f.optional_text("language")};
    // The counters travel together or not at all (a lobby is sent none of them).
    if (f.has("failed_attempts")) {
        v.counters = core::SignInCounters{.failed_attempts = f.small_integer("failed_attempts", 0, 1'000'000),
                                          .total_failures = f.small_integer("total_failures", 0, 1'000'000),
                                          .locked_until = f.time("locked_until"),
                                          .last_attempt_at = f.time("last_attempt_at"),
                                          .reset_at = f.time("sign_in_reset_at")};
    }
    return v;
}

r::Child child(const JsonFields& f) {
    r::Child v{.uuid = f.uuid("uuid"), .first_name = f.text("first_name"), .date_of_birth = f.date("date_of_birth"),
               .restricted_surname = f.optional_text("restricted_surname"), .needs = f.optional_text("needs"),
               .allergies = f.optional_text("allergies"), .medical = f.optional_text("medical"),
               .restricted_school = f.optional_text("restricted_school"),
               .preferred_language = f.optional_text("preferred_language"),
               .interpreter_needed = f.has("interpreter_needed") ? std::optional<bool>{f.boolean("interpreter_needed")}
                                                                 : std::nullopt};
    // A code, never words: the lobby keeps it and picks its language by it.
    if (v.preferred_language && !core::is_language_code(*v.preferred_language)) f.fail("preferred_language", "a language code");
    return v;
}

r::Adult adult(const JsonFields& f) {
    return r::Adult{.uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"), .first_name = f.text("first_name"),
                    .relationship = f.text("relationship"), .surname = f.optional_text("surname")};
}

r::Referral referral(const JsonFields& f) {
    r::Referral v{.uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"),
                       .social_worker = f.text("social_worker"), .received_at = f.time("received_at"),
                       .status = f.parsed<core::ReferralStatus>("status", core::parse_referral_status),
                       .social_worker_notes = f.optional_text("social_worker_notes"),
                       .venue_uuid = f.optional_uuid("venue_uuid"),
                       .preferred_language = f.optional_text("preferred_language"),
                       .interpreter_needed = f.has("interpreter_needed") ? std::optional<bool>{f.boolean("interpreter_needed")}
                                                                         : std::nullopt};
    // Refused here, by name, where it enters (the hub's push, the upstream's import): the devices'
    // column holds 8 letters, so a longer value would otherwise fail a whole pulled page there.
    if (v.preferred_language && !core::is_language_code(*v.preferred_language)) f.fail("preferred_language", "a language code");
    return v;
}

r::RiskAssessment risk_assessment(const JsonFields& f) {
    return r::RiskAssessment{
        .uuid = f.uuid("uuid"), .referral_uuid = f.uuid("referral_uuid"),
        .assessed_by_uuid = f.uuid("assessed_by_uuid"), .assessed_at = f.time("assessed_at"),
        .risk_factors = f.text("risk_factors"), .protective_factors = f.text("protective_factors"),
        .contact_history = f.text("contact_history"), .child_wishes = f.text("child_wishes"),
        .recommended_level = f.parsed<core::SupervisionLevel>("recommended_level", core::parse_supervision_level),
        .chosen_level = f.parsed<core::SupervisionLevel>("chosen_level", core::parse_supervision_level),
        .reason_for_lower_level = f.text("reason_for_lower_level")};
}

r::Agreement agreement(const JsonFields& f) {
    return r::Agreement{.uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"), .created_at = f.time("created_at"),
                        .referral_uuid = f.optional_uuid("referral_uuid")};
}

r::AgreementVersion agreement_version(const JsonFields& f) {
    r::AgreementVersion v;
    v.uuid = f.uuid("uuid");
    v.agreement_uuid = f.uuid("agreement_uuid");
    v.version = f.small_integer("version", 1, 10000);
    v.effective_from = f.time("effective_from");
    v.supervision_level = f.parsed<core::SupervisionLevel>("supervision_level", core::parse_supervision_level);
    v.frequency = f.text("frequency");
    v.session_minutes = f.small_integer("session_minutes", 5, 24 * 60);
    v.room_uuid = f.optional_uuid("room_uuid");
    v.grace_minutes = f.small_integer("grace_minutes", 0, 240);
    v.recording_timescale_hours = f.small_integer("recording_timescale_hours", 0, 24 * 60);
    v.recording_working_days = f.small_integer("recording_working_days", 0, 60);
    v.review_date = f.date("review_date");
    // The upstream's feed may leave these to their defaults.
    if (f.has("custom_interval_days")) v.custom_interval_days = f.small_integer("custom_interval_days", 0, 366);
    if (f.has("leave_gap_minutes")) v.leave_gap_minutes = f.small_integer("leave_gap_minutes", 0, 240);
    for (const auto& rule : f.list("rules")) {
        const JsonFields rf(rule, f.what() + " rule");
        core::AgreementRule r{.kind = rf.text("kind"), .text = rf.text("text"),
                              .language = rf.optional_text("language").value_or(""), .translations = {}};
        // A rule of the coordinator's own in other languages (schema v10 of the device).
        if (rf.has("translations")) {
            for (const auto& [language, text] : rf.object("translations").items()) {
                if (!text.is_string() || language.size() < 2 || language.size() > 8) {
                    rf.fail("translations", "an object of language codes and texts");
                }
                r.translations[language] = text.get<std::string>();
            }
        }
        v.rules.push_back(std::move(r));
    }
    v.attendee_uuids = read_uuid_list(f, "attendee_uuids");
    if (f.has("arrival_plans")) {
        for (const auto& plan : f.list("arrival_plans")) {
            const JsonFields pf(plan, f.what() + " arrival plan");
            v.arrival_plans.push_back(core::ArrivalPlan{
                .party = pf.parsed<core::Party>("party", core::parse_party),
                .arrive_from_minutes_before = pf.small_integer("arrive_from_minutes_before", 0, 24 * 60),
                .arrive_until_minutes_before = pf.small_integer("arrive_until_minutes_before", 0, 24 * 60),
                .leave_order = pf.small_integer("leave_order", 1, 10)});
        }
    }
    if (f.has("contact_mode")) {  // issue #16; an older sender's version is at the venue
        core::ContactArrangement a;
        a.mode = f.parsed<core::ContactMode>("contact_mode", core::parse_contact_mode);
        a.platform = f.text("call_platform");
        if (!a.platform.empty() && !core::is_call_platform(a.platform)) f.fail("call_platform", "a known platform");
        a.call_started_by = f.parsed<core::CallStarter>("call_started_by", core::parse_call_starter);
        a.community_place = f.text("community_place");
        a.supervised_by = f.parsed<core::SupervisedBy>("supervised_by", core::parse_supervised_by);
        a.supervisor_name = f.text("supervisor_name");
        v.arrangement = a;
    }
    if (f.has("sibling_uuids")) {
        v.sibling_uuids = read_uuid_list(f, "sibling_uuids");
        for (const auto& plan : f.list("sibling_carer_plans")) {
            const JsonFields pf(plan, f.what() + " sibling's carer");
            v.sibling_carer_plans.push_back(core::ArrivalPlan{
                .party = core::Party::Carer,
                .arrive_from_minutes_before = pf.small_integer("arrive_from_minutes_before", 0, 24 * 60),
                .arrive_until_minutes_before = pf.small_integer("arrive_until_minutes_before", 0, 24 * 60),
                .leave_order = pf.small_integer("leave_order", 1, 10)});
        }
        if (v.sibling_uuids.size() != v.sibling_carer_plans.size() ||
            v.sibling_uuids.size() + 1 > static_cast<std::size_t>(core::kMaxChildrenInSession)) {
            f.fail("sibling_carer_plans", "one carer's plan per sibling, at most five siblings");
        }
    }
    return v;
}

r::Booking booking(const JsonFields& f) {
    r::Booking v;
    v.uuid = f.uuid("uuid");
    v.agreement_version_uuid = f.uuid("agreement_version_uuid");
    v.child_uuid = f.uuid("child_uuid");
    v.room_uuid = f.uuid("room_uuid");
    v.worker_uuid = f.optional_uuid("worker_uuid");
    v.starts_at = f.time("starts_at");
    v.minutes = f.small_integer("minutes", 5, 24 * 60);
    v.visit_code = f.text("visit_code");
    if (core::normalize_visit_code(v.visit_code) != v.visit_code) f.fail("visit_code", "a valid visit code");
    v.state = f.parsed<core::SessionState>("state", core::parse_session_state);
    for (const auto& window : f.list("arrival_windows")) {
        const JsonFields wf(window, f.what() + " arrival window");
        v.arrival_windows.push_back(core::ArrivalWindow{.party = wf.parsed<core::Party>("party", core::parse_party),
                                                        .arrive_from = wf.time("arrive_from"),
                                                        .arrive_until = wf.time("arrive_until"),
                                                        .leave_order = wf.small_integer("leave_order", 1, 10)});
    }
    v.brought_by = f.optional_text("brought_by");
    v.parent_through_at = f.optional_time("parent_through_at");
    v.started_at = f.optional_time("started_at");
    v.ended_at = f.optional_time("ended_at");
    v.ended_early_reason = f.optional_text("ended_early_reason");
    v.ended_early_words = f.optional_text("ended_early_words");
    if (f.has("parent_arrived_at")) v.parent_arrived_at = f.time("parent_arrived_at");
    if (f.has("sibling_uuids")) {  // issue #16
        v.sibling_uuids = read_uuid_list(f, "sibling_uuids");
        for (const auto& window : f.list("sibling_carer_windows")) {
            const JsonFields wf(window, f.what() + " sibling's carer window");
            v.sibling_carer_windows.push_back(core::ArrivalWindow{.party = core::Party::Carer,
                                                                  .arrive_from = wf.time("arrive_from"),
                                                                  .arrive_until = wf.time("arrive_until"),
                                                                  .leave_order = wf.small_integer("leave_order", 1, 10)});
            v.sibling_arrived_at.push_back(wf.optional_time("arrived_at"));
        }
        if (f.has("sibling_brought_by")) {
            std::vector<std::string> words;
            for (const auto& item : f.list("sibling_brought_by")) {
                if (!item.is_string()) f.fail("sibling_brought_by", "a list of texts");
                words.push_back(item.get<std::string>());
            }
            v.sibling_brought_by = std::move(words);
        }
        const std::size_t n = v.sibling_uuids.size();
        if (v.sibling_carer_windows.size() != n || (v.sibling_brought_by && v.sibling_brought_by->size() != n) ||
            n + 1 > static_cast<std::size_t>(core::kMaxChildrenInSession)) {
            f.fail("sibling_carer_windows", "one window per sibling, at most five siblings");
        }
    }
    return v;
}

r::AlertAcknowledgement acknowledgement(const JsonFields& f) {
    return r::AlertAcknowledgement{.alert_uuid = f.uuid("alert_uuid"),
                                   .acknowledged_by_uuid = f.uuid("acknowledged_by_uuid"),
                                   .acknowledged_at = f.time("acknowledged_at")};
}

r::Placement placement(const JsonFields& f) {
    return r::Placement{.uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"), .placed_at = f.time("placed_at"),
                        .owner_uuid = f.optional_uuid("owner_uuid")};
}

r::Receipt receipt(const JsonFields& f) {
    return r::Receipt{.uuid = f.uuid("uuid"), .records = read_uuid_list(f, "records")};
}

// Parents first: what a device needs to have before a change that refers to it arrives.
const std::vector<std::string_view> kKinds{
    "venue",           "room",              "staff",           "child",           "adult",
    "referral",        "risk_assessment",   "agreement",       "agreement_version", "booking",
    "placement",       "comfort_call_state", "icebreaker_state", "case_flag",      "check_in",
    "alert",           "alert_acknowledgement", "concern",     "feedback",        "record_draft",
    "record_handover", "observation_record", "record_addendum", "record_review",  "comfort_call",
    "icebreaker",      "missed_session_notice", "session_cancelled", "session_moved", "referral_closed",
    "life_story_note", "letterbox_arrangement", "letterbox_item", "call_event", "receipt"};

}  // namespace

const std::vector<std::string_view>& venue_kinds() { return kKinds; }

bool is_venue_kind(std::string_view kind) { return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end(); }

bool is_record_kind(std::string_view kind) {
    static constexpr std::array<std::string_view, 16> kRecords{
        "check_in",        "feedback",      "alert",        "concern",    "observation_record",
        "record_addendum", "record_review", "comfort_call", "icebreaker", "missed_session_notice",
        "record_handover", "session_cancelled", "session_moved", "referral_closed", "life_story_note",
        "letterbox_item"};
    return std::find(kRecords.begin(), kRecords.end(), kind) != kRecords.end();
}

namespace {

r::Entity decode_fields(std::string_view kind, const JsonFields& f, std::string_view context) {
    using namespace record_decode;
    if (kind == "venue") return venue(f);
    if (kind == "room") return room(f);
    if (kind == "staff") return staff(f);
    if (kind == "child") return child(f);
    if (kind == "adult") return adult(f);
    if (kind == "referral") return referral(f);
    if (kind == "risk_assessment") return risk_assessment(f);
    if (kind == "agreement") return agreement(f);
    if (kind == "agreement_version") return agreement_version(f);
    if (kind == "booking") return booking(f);
    if (kind == "alert_acknowledgement") return acknowledgement(f);
    if (kind == "placement") return placement(f);
    if (kind == "comfort_call_state") return comfort_call(f, false);
    if (kind == "icebreaker_state") return icebreaker(f, false);
    if (kind == "case_flag") return case_flag(f);
    if (kind == "record_draft") return record_draft(f);
    if (kind == "record_handover") return handover(f);
    if (kind == "check_in") return check_in(f);
    if (kind == "feedback") return feedback(f);
    if (kind == "alert") return alert(f);
    if (kind == "concern") return concern(f);
    if (kind == "observation_record") return final_record(f);
    if (kind == "record_addendum") return addendum(f);
    if (kind == "record_review") return review(f);
    if (kind == "comfort_call") return r::ComfortCallRecord{comfort_call(f, true), f.uuid("child_uuid")};
    if (kind == "icebreaker") return r::IcebreakerRecord{icebreaker(f, true), f.uuid("child_uuid")};
    if (kind == "missed_session_notice") return missed_session_notice(f);
    if (kind == "session_cancelled") return session_change(f, false);
    if (kind == "session_moved") return session_change(f, true);
    if (kind == "referral_closed") return referral_closure(f);
    if (kind == "life_story_note") return life_story_note(f);
    if (kind == "letterbox_arrangement") return letterbox_arrangement(f);
    if (kind == "letterbox_item") return letterbox_item(f);
    if (kind == "receipt") return receipt(f);
    if (kind == "call_event") return call_event(f);
    throw ProtocolError("a " + std::string(context) + " change has an unknown kind");
}

}  // namespace

r::Entity decode_entity(std::string_view kind, const json& data, std::string_view context) {
    return decode_fields(kind, JsonFields(data, std::string(context) + " " + std::string(kind)), context);
}

r::Entity decode_entity(std::string_view kind, const json& data, std::string_view context,
                        std::vector<const char*>& names_read) {
    return decode_fields(kind, JsonFields(data, std::string(context) + " " + std::string(kind), names_read), context);
}

}  // namespace kiosk::sync
