#include "sync/protocol/pull_page.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/core/visit_code.hpp"
#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/wire_time.hpp"

namespace kiosk::sync {
namespace {
using nlohmann::json;

// Reads the fields of one change's data, naming the kind and field in any complaint.
class Fields {
public:
    Fields(const json& data, std::string kind) : data_(data), kind_(std::move(kind)) {
        if (!data_.is_object()) fail("data", "an object");
    }
    // An id the sender may leave out (a scoped feed does); 0 stands for none.
    core::Id optional_id(const char* name) const { return data_.contains(name) ? id(name) : 0; }
    core::Id id(const char* name) const {
        const auto& v = at(name);
        if (!v.is_number_integer() || v.get<std::int64_t>() < 0) fail(name, "a non-negative integer id");
        return v.get<std::int64_t>();
    }
    int integer(const char* name, int low, int high) const {
        const auto& v = at(name);
        if (!v.is_number_integer() || v.get<std::int64_t>() < low || v.get<std::int64_t>() > high) {
            fail(name, "an integer from " + std::to_string(low) + " to " + std::to_string(high));
        }
        return v.get<int>();
    }
    std::string text(const char* name, bool required = true) const {
        if (!required && !data_.contains(name)) return {};
        const auto& v = at(name);
        if (!v.is_string()) fail(name, "text");
        return v.get<std::string>();
    }
    bool boolean(const char* name) const {
        const auto& v = at(name);
        if (!v.is_boolean()) fail(name, "true or false");
        return v.get<bool>();
    }
    core::Timestamp time(const char* name) const {
        const auto t = parse_wire_time(text(name));
        if (!t) fail(name, "a UTC time like 2026-11-23T10:05:00Z");
        return *t;
    }
    const json& list(const char* name) const {
        const auto& v = at(name);
        if (!v.is_array()) fail(name, "a list");
        return v;
    }
    template <class T>
    T parsed(const char* name, std::optional<T> (*parse)(std::string_view)) const {
        const auto value = parse(text(name));
        if (!value) fail(name, "a known value");
        return *value;
    }
    [[noreturn]] void fail(const std::string& name, const std::string& expected) const {
        throw ProtocolError("a pulled " + kind_ + " has a field " + name + " that is not " + expected);
    }

private:
    const json& at(const char* name) const {
        const auto it = data_.find(name);
        if (it == data_.end()) throw ProtocolError("a pulled " + kind_ + " lacks the field " + std::string(name));
        return *it;
    }
    const json& data_;
    std::string kind_;
};

std::optional<std::string> as_date(std::string_view text) {
    // YYYY-MM-DD: checked for shape; calendars are the venue's business, not the wire's.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    return std::string(text);
}

core::Venue read_venue(const Fields& f) {
    return core::Venue{.id = f.id("id"), .name = f.text("name"), .time_zone = f.text("time_zone"),
                       .address = f.text("address", false)};
}

core::Room read_room(const Fields& f) {
    core::Room r{.id = f.id("id"), .venue_id = f.id("venue_id"), .name = f.text("name"),
                 .capacity = f.integer("capacity", 0, 1000), .features = {}};
    for (const auto& feature : f.list("features")) {
        if (!feature.is_string()) f.fail("features", "a list of text");
        r.features.push_back(feature.get<std::string>());
    }
    return r;
}

core::Child read_child(const Fields& f) {
    return core::Child{.id = f.id("id"),
                       .first_name = f.text("first_name"),
                       .restricted_surname = f.text("restricted_surname", false),
                       .date_of_birth = f.parsed<std::string>("date_of_birth", as_date),
                       .needs = f.text("needs", false),
                       .allergies = f.text("allergies", false),
                       .medical = f.text("medical", false),
                       .restricted_school = f.text("restricted_school", false)};
}

core::FamilyAdult read_adult(const Fields& f) {
    return core::FamilyAdult{.id = f.id("id"), .child_id = f.id("child_id"), .first_name = f.text("first_name"),
                             .surname = f.text("surname", false), .relationship = f.text("relationship")};
}

core::StaffMember read_staff(const Fields& f) {
    return core::StaffMember{.id = f.id("id"), .display_name = f.text("display_name"),
                             .role = f.parsed<core::Role>("role", core::parse_role), .active = f.boolean("active")};
}

core::Referral read_referral(const Fields& f) {
    return core::Referral{.id = f.id("id"),
                          .child_id = f.id("child_id"),
                          .social_worker = f.text("social_worker"),
                          .social_worker_notes = f.text("social_worker_notes", false),
                          .received_at = f.time("received_at"),
                          .status = f.parsed<core::ReferralStatus>("status", core::parse_referral_status)};
}

core::Agreement read_agreement(const Fields& f) {
    // A lobby or tablet receives no referrals, so its agreements name none (docs/sync-api.md).
    return core::Agreement{.id = f.id("id"), .child_id = f.id("child_id"), .referral_id = f.optional_id("referral_id"),
                           .created_at = f.time("created_at")};
}

core::AgreementVersion read_version(const Fields& f) {
    core::AgreementVersion v;
    v.id = f.id("id");
    v.agreement_id = f.id("agreement_id");
    v.version = f.integer("version", 1, 10000);
    v.effective_from = f.time("effective_from");
    v.supervision_level = f.parsed<core::SupervisionLevel>("supervision_level", core::parse_supervision_level);
    v.frequency = f.text("frequency");
    v.session_minutes = f.integer("session_minutes", 5, 24 * 60);
    v.room_id = f.id("room_id");
    v.grace_minutes = f.integer("grace_minutes", 0, 240);
    v.recording_timescale_hours = f.integer("recording_timescale_hours", 0, 24 * 60);
    v.recording_working_days = f.integer("recording_working_days", 0, 60);
    v.review_date = f.parsed<std::string>("review_date", as_date);
    for (const auto& rule : f.list("rules")) {
        const Fields rf(rule, "agreement rule");
        v.rules.push_back(core::AgreementRule{.kind = rf.text("kind"), .text = rf.text("text")});
    }
    for (const auto& adult : f.list("attendees")) {
        if (!adult.is_number_integer() || adult.get<std::int64_t>() <= 0) f.fail("attendees", "a list of adult ids");
        v.attendees.push_back(core::ApprovedAttendee{.adult_id = adult.get<std::int64_t>(), .first_name = {},
                                                     .relationship = {}});
    }
    return v;
}

core::Session read_session(const Fields& f) {
    core::Session s;
    s.id = f.id("id");
    s.agreement_version_id = f.id("agreement_version_id");
    s.child_id = f.id("child_id");
    s.room_id = f.id("room_id");
    s.worker_id = f.id("worker_id");
    s.starts_at = f.time("starts_at");
    s.minutes = f.integer("minutes", 5, 24 * 60);
    s.visit_code = f.text("visit_code");
    if (core::normalize_visit_code(s.visit_code) != s.visit_code) f.fail("visit_code", "a valid visit code");
    s.state = f.parsed<core::SessionState>("state", core::parse_session_state);
    for (const auto& window : f.list("arrival_windows")) {
        const Fields wf(window, "arrival window");
        s.arrival_windows.push_back(core::ArrivalWindow{.party = wf.parsed<core::Party>("party", core::parse_party),
                                                        .arrive_from = wf.time("arrive_from"),
                                                        .arrive_until = wf.time("arrive_until"),
                                                        .leave_order = wf.integer("leave_order", 1, 10)});
    }
    return s;
}

PulledChange read_change(const json& change) {
    if (!change.is_object() || !change.contains("kind") || !change["kind"].is_string() || !change.contains("data")) {
        throw ProtocolError("a pulled change needs a kind and data");
    }
    const std::string kind = change["kind"].get<std::string>();
    const Fields f(change["data"], kind);
    if (kind == "venue") return read_venue(f);
    if (kind == "room") return read_room(f);
    if (kind == "child") return read_child(f);
    if (kind == "adult") return read_adult(f);
    if (kind == "staff") return read_staff(f);
    if (kind == "referral") return read_referral(f);
    if (kind == "agreement") return read_agreement(f);
    if (kind == "agreement_version") return read_version(f);
    if (kind == "booking") return read_session(f);
    throw ProtocolError("a pulled change has an unknown kind \"" + kind + "\"");
}

}  // namespace

PullPage decode_pull_page(const std::string& body) {
    const json doc = parse_bounded_json(body, "pull page");
    if (!doc.is_object()) throw ProtocolError("the pull page is not a JSON object");
    const auto changes = doc.find("changes");
    const auto cursor = doc.find("cursor");
    const auto more = doc.find("more");
    if (changes == doc.end() || !changes->is_array() || cursor == doc.end() || !cursor->is_string() ||
        more == doc.end() || !more->is_boolean()) {
        throw ProtocolError("the pull page needs changes, cursor and more");
    }
    PullPage page;
    page.cursor = cursor->get<std::string>();
    page.more = more->get<bool>();
    for (const auto& change : *changes) page.changes.push_back(read_change(change));
    return page;
}

void validate_change(const std::string& change_json) {
    const json change = parse_bounded_json(change_json, "change");
    (void)read_change(change);
}

std::string encode_pull_page(const std::vector<std::string>& change_json, const std::string& cursor, bool more) {
    json changes = json::array();
    for (const auto& c : change_json) changes.push_back(json::parse(c));
    return json{{"changes", std::move(changes)}, {"cursor", cursor}, {"more", more}}.dump();
}

}  // namespace kiosk::sync
