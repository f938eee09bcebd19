#include "kiosk/app/record_payload.hpp"

#include <stdexcept>

#include "kiosk/store/replica_reader.hpp"
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::app {
namespace {
template <class T>
std::string encoded(const std::optional<T>& entity, std::string_view kind) {
    if (!entity) throw std::logic_error("a queued " + std::string(kind) + " could not be read back");
    return sync::encode_entity(core::replica::Entity{*entity});
}
}  // namespace

std::string record_payload(store::Database& db, std::string_view kind, core::Id id, core::Timestamp send_after) {
    store::ReplicaReader read(db);
    if (kind == "check_in") return encoded(read.check_in(id), kind);
    if (kind == "feedback") return encoded(read.feedback(id), kind);
    if (kind == "alert") return encoded(read.alert(id), kind);
    if (kind == "concern") return encoded(read.concern(id), kind);
    if (kind == "observation_record") return encoded(read.final_record(id), kind);
    if (kind == "record_addendum") return encoded(read.addendum(id), kind);
    if (kind == "record_review") return encoded(read.review(id), kind);
    if (kind == "comfort_call") return encoded(read.comfort_call_record(id), kind);
    if (kind == "icebreaker") return encoded(read.icebreaker_record(id), kind);
    if (kind == "missed_session_notice") return encoded(read.missed_session_notice(id, send_after), kind);
    if (kind == "record_handover") return encoded(read.handover(id), kind);
    if (kind == "session_cancelled" || kind == "session_moved") return encoded(read.session_change(id), kind);
    if (kind == "referral_closed") return encoded(read.referral_closure(id), kind);
    throw std::logic_error("no record payload for the kind " + std::string(kind));
}

store::PayloadFor payload_for(store::Database& db, std::string kind) {
    return [&db, kind = std::move(kind)](core::Id id) { return record_payload(db, kind, id); };
}

}  // namespace kiosk::app
