#include "sync/protocol/outbox_payload.hpp"

#include <nlohmann/json.hpp>

namespace kiosk::sync {

std::string encode_check_in(const core::CheckIn& c) {
    const nlohmann::json doc{{"schema", kPayloadSchema},
                             {"session_id", c.session_id},
                             {"adult_id", c.adult_id},
                             {"party", core::to_string(c.party)},
                             {"at", core::to_iso8601(c.at)},
                             {"agreement_confirmed", c.agreement_confirmed},
                             {"agreement_version", c.agreement_version},
                             {"signed", !c.signature_strokes.empty()}};
    return doc.dump();
}

std::string encode_feedback(const core::Feedback& f) {
    nlohmann::json doc{{"schema", kFeedbackPayloadSchema},
                       {"child_face", f.child_face},
                       {"adult_face", f.adult_face},
                       {"comment", f.comment},
                       {"anonymous", f.anonymous},
                       {"week", f.week}};
    // Anonymous feedback says which week it was given in and nothing more: no session, no time
    // (either would let the server find the visit, and so the family). Named feedback says both.
    if (!f.anonymous) {
        doc["at"] = core::to_iso8601(f.at);
        doc["session_id"] = f.session_id;
    }
    return doc.dump();
}

std::string encode_alert(const core::Alert& a) {
    const nlohmann::json doc{{"schema", kPayloadSchema},
                             {"kind", core::to_string(a.kind)},
                             {"session_id", a.session_id},
                             {"raised_at", core::to_iso8601(a.raised_at)},
                             {"detail", a.detail}};
    return doc.dump();
}

}  // namespace kiosk::sync
