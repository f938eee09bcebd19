#include "sync/protocol/coordinator_notice_payload.hpp"

#include <nlohmann/json.hpp>

#include "sync/protocol/outbox_payload.hpp"

namespace kiosk::sync {
namespace {
nlohmann::json session_change(const SessionChangeNotice& n) {
    nlohmann::json doc{{"schema", kPayloadSchema},
                       {"session_id", n.session_id},
                       {"child_id", n.child_id},
                       {"starts_at", core::to_iso8601(n.starts_at)},
                       {"reason", n.reason},
                       {"recorded_at", core::to_iso8601(n.recorded_at)}};
    if (n.closed_referral_id) doc["closed_referral_id"] = *n.closed_referral_id;
    return doc;
}
}  // namespace

std::string encode_record_handover(const HandoverNotice& n) {
    const nlohmann::json doc{{"schema", kPayloadSchema}, {"record_id", n.record_id}, {"session_id", n.session_id},
                             {"from_staff", n.from_staff}, {"to_staff", n.to_staff},   {"by_staff", n.by_staff},
                             {"at", core::to_iso8601(n.at)}};
    return doc.dump();
}

std::string encode_session_cancelled(const SessionChangeNotice& notice) { return session_change(notice).dump(); }

std::string encode_session_moved(const SessionChangeNotice& notice, core::Id new_session_id, core::Timestamp new_starts_at) {
    nlohmann::json doc = session_change(notice);
    doc["new_session_id"] = new_session_id;
    doc["new_starts_at"] = core::to_iso8601(new_starts_at);
    return doc.dump();
}

std::string encode_referral_closed(const ClosureNotice& n) {
    const nlohmann::json doc{{"schema", kPayloadSchema}, {"referral_id", n.referral_id}, {"child_id", n.child_id},
                             {"reason", n.reason},       {"closed_by", n.closed_by},     {"closed_at", core::to_iso8601(n.closed_at)}};
    return doc.dump();
}

}  // namespace kiosk::sync
