#include "sync/protocol/record_payload.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/core/siblings.hpp"
#include "sync/protocol/outbox_payload.hpp"

namespace kiosk::sync {

std::string encode_observation_record(const core::ObservationRecord& r) {
    nlohmann::json sections = nlohmann::json::object();
    for (const auto& [section, text] : r.sections) sections[std::string(core::to_string(section))] = text;
    // A sibling's own part travels under its own key ("child_voice#2"): one record per session.
    for (const auto& part : r.sibling_sections) sections[core::sibling_section_key(part.section, part.position)] = part.text;
    nlohmann::json timeline = nlohmann::json::array();
    for (const auto& e : r.timeline) {
        timeline.push_back({{"at", core::to_iso8601(e.at)}, {"chip", e.chip}, {"text", e.text}});
    }
    nlohmann::json doc{{"schema", kPayloadSchema},
                       {"record_id", r.id},
                       {"session_id", r.session_id},
                       {"author_id", r.author_id},
                       {"created_at", core::to_iso8601(r.created_at)},
                       {"sections", sections},
                       {"timeline", timeline},
                       {"late_entry", r.late_entry},
                       {"use_note", r.use_note},
                       {"signature", r.signature}};
    doc["finalized_at"] = r.finalized_at ? nlohmann::json(core::to_iso8601(*r.finalized_at)) : nlohmann::json(nullptr);
    doc["due_at"] = r.due_at ? nlohmann::json(core::to_iso8601(*r.due_at)) : nlohmann::json(nullptr);
    return doc.dump();
}

std::string encode_addendum(core::Id record_id, const core::Addendum& a) {
    const nlohmann::json doc{{"schema", kPayloadSchema}, {"record_id", record_id}, {"addendum_id", a.id},
                             {"author_id", a.author_id}, {"at", core::to_iso8601(a.at)},  {"text", a.text}};
    return doc.dump();
}

std::string encode_review(core::Id record_id, const core::RecordReview& review) {
    const nlohmann::json doc{{"schema", kPayloadSchema},
                             {"record_id", record_id},
                             {"reviewed_by", review.reviewed_by},
                             {"reviewed_at", core::to_iso8601(review.reviewed_at)}};
    return doc.dump();
}

std::string encode_concern(const core::Concern& c) {
    const nlohmann::json doc{{"schema", kPayloadSchema},
                             {"session_id", c.session_id},
                             {"raised_by", c.raised_by},
                             {"raised_at", core::to_iso8601(c.raised_at)},
                             {"severity", core::to_string(c.severity)},
                             {"text", c.text}};
    return doc.dump();
}

}  // namespace kiosk::sync
