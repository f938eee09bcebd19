#include "sync/protocol/record_signature.hpp"

#include <nlohmann/json.hpp>

#include <array>

#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {

std::string signing_bytes(const PushRecord& r) {
    nlohmann::json payload = nlohmann::json::parse(r.payload_json, nullptr, false);
    if (payload.is_discarded() || !payload.is_object()) {
        throw ProtocolError("the record " + r.uuid + " has a payload that is not a JSON object");
    }
    const nlohmann::json doc{{"uuid", r.uuid},
                             {"kind", r.kind},
                             {"schema", r.schema},
                             {"created_at", core::to_iso8601(r.created_at)},
                             {"device_id", r.device_id},
                             {"payload", std::move(payload)},
                             {"sealed", r.sealed ? nlohmann::json(*r.sealed) : nlohmann::json(nullptr)}};
    return "contact-kiosk/push-record/v1\n" + doc.dump();
}

bool is_sealed_kind(std::string_view kind) {
    // Every kind that carries free text, health data, a name beyond a first name or a PIN hash
    // (docs/sync-api.md, "Sealed kinds" and "The venue"). check_in is not among them: it carries
    // UUIDs, times and whether a signature was given, never the strokes; alert, record_review,
    // record_handover (its reason stays on the device), alert_acknowledgement, venue, room,
    // agreement and placement carry UUIDs, times, keys and fixed sentences. A session change or a
    // closure carries the coordinator's reason, a resolved case flag the note they left.
    static constexpr std::array<std::string_view, 22> kSealed{
        "observation_record", "record_addendum",  "addendum",          "concern",        "comfort_call",
        "icebreaker",         "feedback",         "missed_session_notice", "staff",      "child",
        "adult",              "referral",         "risk_assessment",   "agreement_version", "booking",
        "comfort_call_state", "icebreaker_state", "record_draft",      "session_cancelled", "session_moved",
        "referral_closed",    "case_flag"};
    for (const auto sealed : kSealed) {
        if (kind == sealed) return true;
    }
    return false;
}

}  // namespace kiosk::sync
