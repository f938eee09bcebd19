// Decoding of the venue's records and the day's states that travel with them (comfort calls,
// icebreakers, drafts, check-ins, concerns, final records and what follows them, the week's
// notices, life-story and letterbox): every field checked, every complaint naming the kind and
// the field, never a value. The people and the day's bookings are in venue_entities_decode.cpp.
#include "sync/protocol/venue_records_decode.hpp"

#include <algorithm>

#include "kiosk/core/missed_session.hpp"
#include "kiosk/core/placement.hpp"
#include "kiosk/core/siblings.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync::record_decode {
namespace {
namespace r = core::replica;

std::vector<std::pair<core::RecordSection, std::string>> read_sections(const JsonFields& f) {
    std::vector<std::pair<core::RecordSection, std::string>> out;
    for (const auto& [key, value] : f.object("sections").items()) {
        if (core::parse_sibling_section_key(key)) continue;  // read_sibling_sections
        const auto section = core::parse_record_section(key);
        if (!section || !value.is_string()) f.fail("sections", "an object of known sections and their texts");
        out.emplace_back(*section, value.get<std::string>());
    }
    return out;
}

// A sibling session's per-child parts ("child_voice#2", issue #16).
std::vector<core::SiblingSection> read_sibling_sections(const JsonFields& f) {
    std::vector<core::SiblingSection> out;
    for (const auto& [key, value] : f.object("sections").items()) {
        const auto part = core::parse_sibling_section_key(key);
        if (!part) continue;
        if (!value.is_string()) f.fail("sections", "an object of known sections and their texts");
        out.push_back({part->second, part->first, value.get<std::string>()});
    }
    return out;
}

std::vector<core::TimelineEntry> read_timeline(const JsonFields& f) {
    std::vector<core::TimelineEntry> out;
    for (const auto& entry : f.list("timeline")) {
        const JsonFields e(entry, f.what() + " timeline entry");
        out.push_back(core::TimelineEntry{.id = 0, .at = e.time("at"), .chip = e.text("chip"), .text = e.text("text")});
    }
    return out;
}

// A list of role keys (issue #16, item 7), each one `allowed` knows; absent (a device before
// issue #16): none.
std::vector<std::string> read_roles(const JsonFields& f, const char* name, bool (*allowed)(std::string_view)) {
    std::vector<std::string> out;
    if (!f.has(name)) return out;
    const auto& list = f.list(name);
    if (list.size() > 8) f.fail(name, "a short list of roles");
    for (const auto& item : list) {
        if (!item.is_string() || !allowed(item.get_ref<const std::string&>())) f.fail(name, "a list of known roles");
        out.push_back(item.get<std::string>());
    }
    return out;
}

bool is_facilitator(std::string_view key) {
    const auto f = core::icebreaker_facilitators();
    return std::find(f.begin(), f.end(), key) != f.end();
}

std::vector<r::RecordWriter> read_writers(const JsonFields& f) {
    std::vector<r::RecordWriter> out;
    if (!f.has("writers")) return out;  // a record queued before who-wrote-what travelled
    for (const auto& entry : f.list("writers")) {
        const JsonFields w(entry, f.what() + " writer");
        out.push_back({.part = w.text("part"), .staff_uuid = w.uuid("staff_uuid"), .first_at = w.time("first_at"),
                       .last_at = w.time("last_at")});
    }
    return out;
}

}  // namespace

r::ComfortCallState comfort_call(const JsonFields& f, bool record) {
    r::ComfortCallState v;
    v.uuid = f.uuid("uuid");
    v.placement_uuid = f.uuid("placement_uuid");
    v.urgent_needs = f.text("urgent_needs");
    v.comfort_item_and_routine = f.text("comfort_item_and_routine");
    v.allergies_and_medicines = f.text("allergies_and_medicines");
    v.formula_or_baby_food = f.text("formula_or_baby_food");
    v.nap_and_feeding = f.text("nap_and_feeding");
    v.critical_connection = f.optional_text("critical_connection");
    v.platform = f.optional_text("platform");
    v.child_wants_to_say = f.optional_text("child_wants_to_say");
    v.family_wants_to_say = f.optional_text("family_wants_to_say");
    v.how_it_went = f.optional_text("how_it_went");
    v.held = record ? true : f.boolean("held");
    v.held_at = record ? std::optional<core::Timestamp>{f.time("held_at")} : f.optional_time("held_at");
    v.ended_early = f.boolean("ended_early");
    v.ended_calmly = f.boolean("ended_calmly");
    v.recorded_by_uuid = f.optional_uuid("recorded_by_uuid");
    v.participants = read_roles(f, "participants", core::is_transition_role);
    v.ended_reason = f.optional_text("ended_reason");
    return v;
}

r::IcebreakerState icebreaker(const JsonFields& f, bool record) {
    r::IcebreakerState v;
    v.uuid = f.uuid("uuid");
    v.placement_uuid = f.uuid("placement_uuid");
    v.virtual_meeting = f.boolean("virtual_meeting");
    v.held = record ? true : f.boolean("held");
    v.held_at = record ? std::optional<core::Timestamp>{f.time("held_at")} : f.optional_time("held_at");
    v.child_took_part = f.boolean("child_took_part");
    v.routines = f.text("routines");
    v.needs = f.text("needs");
    v.culture = f.text("culture");
    v.recorded_by_uuid = f.optional_uuid("recorded_by_uuid");
    v.facilitated_by = read_roles(f, "facilitated_by", is_facilitator);
    v.attended = read_roles(f, "attended", core::is_transition_role);
    v.other_attendees = f.optional_text("other_attendees").value_or("");
    return v;
}

r::CaseFlag case_flag(const JsonFields& f) {
    return r::CaseFlag{.uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"), .kind = f.text("kind"),
                       .raised_at = f.time("raised_at"), .resolved_at = f.optional_time("resolved_at"),
                       .resolved_by_uuid = f.optional_uuid("resolved_by_uuid"),
                       .resolution = f.optional_text("resolution")};
}

r::RecordDraft record_draft(const JsonFields& f) {
    return r::RecordDraft{.uuid = f.uuid("uuid"), .session_uuid = f.uuid("session_uuid"),
                          .author_uuid = f.uuid("author_uuid"), .holder_uuid = f.uuid("holder_uuid"),
                          .owner_device = f.text("owner_device"), .created_at = f.time("created_at"),
                          .sections = read_sections(f), .timeline = read_timeline(f),
                          .sibling_sections = read_sibling_sections(f)};
}

r::RecordHandover handover(const JsonFields& f) {
    return r::RecordHandover{.uuid = f.uuid("uuid"), .record_uuid = f.uuid("record_uuid"),
                             .session_uuid = f.uuid("session_uuid"), .from_staff_uuid = f.uuid("from_staff_uuid"),
                             .to_staff_uuid = f.uuid("to_staff_uuid"), .by_staff_uuid = f.uuid("by_staff_uuid"),
                             .at = f.time("at")};
}

r::CheckIn check_in(const JsonFields& f) {
    return r::CheckIn{.uuid = f.uuid("uuid"), .session_uuid = f.uuid("session_uuid"), .adult_uuid = f.uuid("adult_uuid"),
                      .party = f.parsed<core::Party>("party", core::parse_party), .at = f.time("at"),
                      .agreement_confirmed = f.boolean("agreement_confirmed"),
                      .agreement_version = f.small_integer("agreement_version", 0, 10000),
                      .signed_agreement = f.boolean("signed")};
}

// An anonymous feedback names no visit and no time, so nobody at the hub or the server can tie it
// to a family; a named one names both. A device that put either in an anonymous payload (a
// tampered one) is refused rather than stored (issue #16, item 9).
r::Feedback feedback(const JsonFields& f) {
    r::Feedback v{.uuid = f.uuid("uuid"), .session_uuid = f.optional_uuid("session_uuid"),
                  .child_face = f.small_integer("child_face", 0, 5), .adult_face = f.small_integer("adult_face", 0, 5),
                  .comment = f.text("comment"), .anonymous = f.boolean("anonymous"),
                  .at = f.optional_time("at"), .week = f.date("week"), .venue_uuid = f.optional_uuid("venue_uuid")};
    if (v.anonymous && (v.session_uuid || v.at)) {
        throw ProtocolError("an anonymous feedback must name no session and no time");
    }
    if (!v.anonymous && !v.session_uuid) f.fail("session_uuid", "a UUID");
    if (!v.anonymous && !v.at) f.fail("at", "a UTC time");
    return v;
}

r::Alert alert(const JsonFields& f) {
    return r::Alert{.uuid = f.uuid("uuid"), .kind = f.parsed<core::AlertKind>("kind", core::parse_alert_kind),
                    .session_uuid = f.optional_uuid("session_uuid"), .raised_at = f.time("raised_at"),
                    .detail = f.text("detail")};
}

r::Concern concern(const JsonFields& f) {
    return r::Concern{.uuid = f.uuid("uuid"), .session_uuid = f.optional_uuid("session_uuid"),
                      .raised_by_uuid = f.uuid("raised_by_uuid"), .raised_at = f.time("raised_at"),
                      .severity = f.parsed<core::ConcernSeverity>("severity", core::parse_concern_severity),
                      .text = f.optional_text("text")};
}

r::FinalRecord final_record(const JsonFields& f) {
    return r::FinalRecord{.uuid = f.uuid("uuid"), .session_uuid = f.uuid("session_uuid"),
                          .author_uuid = f.uuid("author_uuid"), .created_at = f.time("created_at"),
                          .sections = read_sections(f), .timeline = read_timeline(f), .late_entry = f.boolean("late_entry"), .use_note = f.text("use_note"),
                          .signature = f.text("signature"), .finalized_at = f.optional_time("finalized_at"),
                          .due_at = f.optional_time("due_at"), .writers = read_writers(f),
                          .sibling_sections = read_sibling_sections(f)};
}

r::Addendum addendum(const JsonFields& f) {
    return r::Addendum{.uuid = f.uuid("uuid"), .record_uuid = f.uuid("record_uuid"), .author_uuid = f.uuid("author_uuid"),
                       .at = f.time("at"), .text = f.text("text")};
}

r::Review review(const JsonFields& f) {
    return r::Review{.uuid = f.uuid("uuid"), .record_uuid = f.uuid("record_uuid"),
                     .reviewed_by_uuid = f.uuid("reviewed_by_uuid"), .reviewed_at = f.time("reviewed_at")};
}

r::MissedSessionNotice missed_session_notice(const JsonFields& f) {
    return r::MissedSessionNotice{.uuid = f.uuid("uuid"), .session_uuid = f.uuid("session_uuid"),
                                  .child_uuid = f.uuid("child_uuid"), .session_starts_at = f.time("session_starts_at"),
                                  .kind = f.parsed<core::Attendance>("kind", core::parse_attendance),
                                  .who = f.text("who"), .reason = f.text("reason"),
                                  .recorded_by_uuid = f.uuid("recorded_by_uuid"), .recorded_at = f.time("recorded_at"),
                                  .send_after = f.time("send_after")};
}

r::SessionChange session_change(const JsonFields& f, bool moved) {
    r::SessionChange v{.uuid = f.uuid("uuid"), .session_uuid = f.uuid("session_uuid"), .child_uuid = f.uuid("child_uuid"),
                       .starts_at = f.time("starts_at"), .reason = f.text("reason"),
                       .by_staff_uuid = f.uuid("by_staff_uuid"), .recorded_at = f.time("recorded_at"),
                       .closed_referral_uuid = f.optional_uuid("closed_referral_uuid"),
                       .new_session_uuid = std::nullopt, .new_starts_at = std::nullopt};
    if (moved) {
        v.new_session_uuid = f.uuid("new_session_uuid");
        v.new_starts_at = f.time("new_starts_at");
    }
    return v;
}

r::ReferralClosure referral_closure(const JsonFields& f) {
    return r::ReferralClosure{.referral_uuid = f.uuid("referral_uuid"), .child_uuid = f.uuid("child_uuid"),
                              .reason = f.text("reason"), .closed_by_uuid = f.uuid("closed_by_uuid"),
                              .closed_at = f.time("closed_at")};
}

r::LifeStoryNote life_story_note(const JsonFields& f) {
    r::LifeStoryNote v{.uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"),
                       .session_uuid = f.optional_uuid("session_uuid"), .written_by_uuid = f.uuid("written_by_uuid"),
                       .at = f.time("at"), .kind = f.parsed<core::LifeStoryKind>("kind", core::parse_life_story_kind),
                       .words = f.text("words"), .consent_from = f.text("consent_from"), .kept_at = f.text("kept_at")};
    if (v.words.size() > core::kMaxLifeStoryBytes) f.fail("words", "a life-story note's length");
    return v;
}

r::LetterboxArrangement letterbox_arrangement(const JsonFields& f) {
    return r::LetterboxArrangement{
        .uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"),
        .direction = f.parsed<core::LetterboxDirection>("direction", core::parse_letterbox_direction),
        .with_whom = f.text("with_whom"), .every_months = f.small_integer("every_months", 1, core::kMaxLetterboxMonths),
        .first_due = f.date("first_due"), .active = f.boolean("active")};
}

// A waiting item (a journal snapshot) has no checks, reason, checker or decision time; a decided
// one (the record) has a checker and a time, and its reason says why it was held.
r::LetterboxItem letterbox_item(const JsonFields& f) {
    r::LetterboxItem v{.uuid = f.uuid("uuid"), .child_uuid = f.uuid("child_uuid"),
                       .arrangement_uuid = f.optional_uuid("arrangement_uuid"),
                       .direction = f.parsed<core::LetterboxDirection>("direction", core::parse_letterbox_direction),
                       .kind = f.parsed<core::LetterboxItemKind>("kind", core::parse_letterbox_item_kind),
                       .from_whom = f.text("from_whom"), .description = f.text("description"),
                       .received_at = f.time("received_at"), .logged_by_uuid = f.uuid("logged_by_uuid"),
                       .decision = f.parsed<core::LetterboxDecision>("decision", core::parse_letterbox_decision),
                       .checks_passed = {}, .reason = f.text("reason"), .checked_by_uuid = {}, .decided_at = {}};
    const auto& checks = f.list("checks_passed");
    if (checks.size() > core::letterbox_checks().size()) f.fail("checks_passed", "a list of known checks");
    for (const auto& c : checks) {
        const auto check = c.is_string() ? core::parse_letterbox_check(c.get<std::string>()) : std::nullopt;
        if (!check) f.fail("checks_passed", "a list of known checks");
        v.checks_passed.push_back(*check);
    }
    const auto checker = f.optional_uuid("checked_by_uuid");
    const auto decided = f.optional_time("decided_at");
    if (v.decision == core::LetterboxDecision::Waiting) {
        if (checker) f.fail("checked_by_uuid", "null while the item waits");
        if (decided) f.fail("decided_at", "null while the item waits");
        if (!v.checks_passed.empty() || !v.reason.empty()) f.fail("decision", "forwarded or held, with its checks");
    } else {
        if (!checker) f.fail("checked_by_uuid", "a uuid");
        if (!decided) f.fail("decided_at", "a time");
        v.checked_by_uuid = *checker;
        v.decided_at = *decided;
    }
    return v;
}

r::CallEvent call_event(const JsonFields& f) {
    return r::CallEvent{.uuid = f.uuid("uuid"), .session_uuid = f.uuid("session_uuid"), .at = f.time("at"),
                        .party = f.parsed<core::CallParty>("party", core::parse_call_party),
                        .event = f.parsed<core::CallEventKind>("event", core::parse_call_event_kind),
                        .recorded_by_uuid = f.uuid("recorded_by_uuid")};
}

}  // namespace kiosk::sync::record_decode
