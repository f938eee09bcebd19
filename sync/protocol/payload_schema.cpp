#include "sync/protocol/payload_schema.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/protocol/wire_time.hpp"

namespace kiosk::sync {
namespace {
using nlohmann::json;

enum class Type {
    Integer,
    Boolean,
    Text,
    Time,          // "2026-11-23T10:05:00Z"
    TimeOrNull,
    TextMap,       // an object whose values are all text (a record's sections)
    Timeline,      // a list of {at, chip, text}
};

struct Field {
    std::string_view name;
    Type type;
    bool required = true;  // an optional field is still type-checked when present
};

struct KindSchema {
    std::string_view kind;
    std::vector<Field> fields;
};

// One entry per kind; "schema" is checked apart (it must equal the record's schema).
const std::vector<KindSchema>& schemas() {
    static const std::vector<KindSchema> table{
        {"check_in",
         {{"session_id", Type::Integer}, {"adult_id", Type::Integer}, {"party", Type::Text}, {"at", Type::Time},
          {"agreement_confirmed", Type::Boolean}, {"agreement_version", Type::Integer}, {"signed", Type::Boolean}}},
        {"feedback",
         {{"child_face", Type::Integer}, {"adult_face", Type::Integer}, {"comment", Type::Text},
          {"anonymous", Type::Boolean}, {"at", Type::Time}, {"session_id", Type::Integer}}},
        {"alert",
         {{"kind", Type::Text}, {"session_id", Type::Integer}, {"raised_at", Type::Time}, {"detail", Type::Text}}},
        {"observation_record",
         {{"record_id", Type::Integer}, {"session_id", Type::Integer}, {"author_id", Type::Integer},
          {"created_at", Type::Time}, {"sections", Type::TextMap}, {"timeline", Type::Timeline},
          {"late_entry", Type::Boolean}, {"use_note", Type::Text}, {"signature", Type::Text},
          {"finalized_at", Type::TimeOrNull}, {"due_at", Type::TimeOrNull}}},
        {"record_addendum",
         {{"record_id", Type::Integer}, {"addendum_id", Type::Integer}, {"author_id", Type::Integer},
          {"at", Type::Time}, {"text", Type::Text}}},
        {"addendum",
         {{"record_id", Type::Integer}, {"addendum_id", Type::Integer}, {"author_id", Type::Integer},
          {"at", Type::Time}, {"text", Type::Text}}},
        {"record_review", {{"record_id", Type::Integer}, {"reviewed_by", Type::Integer}, {"reviewed_at", Type::Time}}},
        {"concern",
         {{"session_id", Type::Integer}, {"raised_by", Type::Integer}, {"raised_at", Type::Time},
          {"severity", Type::Text}, {"text", Type::Text}}},
        {"comfort_call",
         {{"placement_id", Type::Integer}, {"child_id", Type::Integer}, {"critical_connection", Type::Text},
          {"platform", Type::Text}, {"child_wants_to_say", Type::Text}, {"family_wants_to_say", Type::Text},
          {"urgent_needs", Type::Text}, {"comfort_item_and_routine", Type::Text},
          {"allergies_and_medicines", Type::Text}, {"formula_or_baby_food", Type::Text},
          {"nap_and_feeding", Type::Text}, {"held_at", Type::Time}, {"how_it_went", Type::Text},
          {"ended_early", Type::Boolean}, {"ended_calmly", Type::Boolean}, {"recorded_by", Type::Integer}}},
        {"icebreaker",
         {{"placement_id", Type::Integer}, {"child_id", Type::Integer}, {"virtual_meeting", Type::Boolean},
          {"held_at", Type::Time}, {"child_took_part", Type::Boolean}, {"routines", Type::Text},
          {"needs", Type::Text}, {"culture", Type::Text}, {"recorded_by", Type::Integer}}},
        // The coordinator's week actions as devices of issue #15 queued them (schema 1, integer
        // ids), still accepted from a device upgraded with them in its outbox; this version sends
        // them as schema 2 (venue_entities). A hand-over is ids and times only (its reason stays
        // on the device); a session change and a closure carry a reason and are sealed. No visit
        // code in any of them.
        {"record_handover",
         {{"record_id", Type::Integer}, {"session_id", Type::Integer}, {"from_staff", Type::Integer},
          {"to_staff", Type::Integer}, {"by_staff", Type::Integer}, {"at", Type::Time}}},
        {"session_cancelled",
         {{"session_id", Type::Integer}, {"child_id", Type::Integer}, {"starts_at", Type::Time},
          {"reason", Type::Text}, {"recorded_at", Type::Time}, {"closed_referral_id", Type::Integer, false}}},
        {"session_moved",
         {{"session_id", Type::Integer}, {"child_id", Type::Integer}, {"starts_at", Type::Time},
          {"reason", Type::Text}, {"recorded_at", Type::Time}, {"new_session_id", Type::Integer},
          {"new_starts_at", Type::Time}}},
        {"referral_closed",
         {{"referral_id", Type::Integer}, {"child_id", Type::Integer}, {"reason", Type::Text},
          {"closed_by", Type::Integer}, {"closed_at", Type::Time}}},
        // The coordinator's notice (attendance_service.cpp) has carried no "schema" field.
        {"missed_session_notice",
         {{"session_id", Type::Integer}, {"child_id", Type::Integer}, {"session_starts_at", Type::Time},
          {"kind", Type::Text}, {"who", Type::Text}, {"reason", Type::Text}, {"recorded_at", Type::Time},
          {"send_after", Type::Time}}},
    };
    return table;
}

const KindSchema* find_schema(std::string_view kind) {
    for (const auto& s : schemas()) {
        if (s.kind == kind) return &s;
    }
    return nullptr;
}

bool is_time(const json& v) { return v.is_string() && parse_wire_time(v.get_ref<const std::string&>()).has_value(); }

bool has_type(const json& v, Type type) {
    switch (type) {
        case Type::Integer: return v.is_number_integer();
        case Type::Boolean: return v.is_boolean();
        case Type::Text: return v.is_string();
        case Type::Time: return is_time(v);
        case Type::TimeOrNull: return v.is_null() || is_time(v);
        case Type::TextMap:
            if (!v.is_object()) return false;
            for (const auto& [key, value] : v.items()) {
                if (!value.is_string()) return false;
            }
            return true;
        case Type::Timeline:
            if (!v.is_array()) return false;
            for (const auto& entry : v) {
                if (!entry.is_object() || entry.size() != 3 || !entry.contains("at") || !is_time(entry["at"]) ||
                    !entry.contains("chip") || !entry["chip"].is_string() || !entry.contains("text") ||
                    !entry["text"].is_string()) {
                    return false;
                }
            }
            return true;
    }
    return false;
}

std::string_view type_words(Type type) {
    switch (type) {
        case Type::Integer: return "an integer";
        case Type::Boolean: return "true or false";
        case Type::Text: return "text";
        case Type::Time: return "a UTC time";
        case Type::TimeOrNull: return "a UTC time or null";
        case Type::TextMap: return "an object of texts";
        case Type::Timeline: return "a list of {at, chip, text}";
    }
    return "of another type";
}

// Schema 2 (issue #13): the kind's decoder is its schema. A payload passes when it decodes (every
// field there, of its type and range) and has no field its decoder does not ask about, which are
// the fields its encoder writes (venue_entities_test holds the two lists equal). Noting the names
// asked about replaced encoding the decoded entity again to compare: that second encoding, a final
// record's words and timeline copied once more, was a seventh of the server's work a record.
std::string check_venue_payload(std::string_view kind, const json& payload) {
    const std::string of = "the payload of a " + std::string(kind);
    if (!payload.is_object()) return of + " is not a JSON object";
    const auto version = payload.find("schema");
    if (version == payload.end()) return of + " lacks the field schema";
    try {
        std::vector<const char*> names_read;
        (void)decode_entity(kind, payload, "payload of a", names_read);
        for (const auto& field : payload.items()) {
            const std::string& key = field.key();
            const bool asked = key == "schema" || std::any_of(names_read.begin(), names_read.end(),
                                                              [&](const char* name) { return key == name; });
            if (!asked) return of + " has a field its schema does not have";
        }
    } catch (const ProtocolError& error) {
        return error.what();
    }
    return {};
}

bool is_pushed_venue_kind(std::string_view kind) { return is_venue_kind(kind) && kind != "receipt"; }

}  // namespace

bool has_payload_schema(std::string_view kind) { return find_schema(kind) != nullptr || is_pushed_venue_kind(kind); }

std::string check_payload(std::string_view kind, int schema, const json& payload) {
    const std::string of = "the payload of a " + std::string(kind);
    if (schema == kVenuePayloadSchema && is_pushed_venue_kind(kind)) {
        const auto version = payload.is_object() ? payload.find("schema") : payload.end();
        if (payload.is_object() && version != payload.end() &&
            (!version->is_number_integer() || version->get<std::int64_t>() != schema)) {
            return of + " names another schema version than its record";
        }
        return check_venue_payload(kind, payload);
    }
    const KindSchema* s = find_schema(kind);
    if (s == nullptr || schema != 1) {
        if (s == nullptr && !is_pushed_venue_kind(kind)) return "no payload schema is defined for " + std::string(kind);
        return "schema " + std::to_string(schema) + " is not defined for " + std::string(kind);
    }
    if (!payload.is_object()) return of + " is not a JSON object";
    const auto version = payload.find("schema");
    if (version == payload.end()) {
        if (kind != "missed_session_notice") return of + " lacks the field schema";
    } else if (!version->is_number_integer() || version->get<std::int64_t>() != schema) {
        return of + " names another schema version than its record";
    }
    std::size_t known = version == payload.end() ? 0 : 1;
    for (const Field& field : s->fields) {
        const auto it = payload.find(field.name);
        if (it == payload.end()) {
            if (field.required) return of + " lacks the field " + std::string(field.name);
            continue;
        }
        ++known;
        if (!has_type(*it, field.type)) {
            return of + " has a field " + std::string(field.name) + " that is not " + std::string(type_words(field.type));
        }
    }
    if (known != payload.size()) {
        for (const auto& [key, value] : payload.items()) {
            bool listed = key == "schema";
            for (const Field& field : s->fields) listed = listed || field.name == key;
            // The name is the sender's text; it is said only when it is short and plain.
            if (!listed) return of + " has a field its schema does not have";
        }
    }
    return {};
}

}  // namespace kiosk::sync
