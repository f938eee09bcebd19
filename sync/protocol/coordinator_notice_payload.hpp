#pragma once
// Payloads of the coordinator's week actions that the social work team is told about (issue
// #15, item 5): a draft record handed to another worker, a booked session cancelled or moved,
// and a referral closed. Same style as outbox_payload.hpp; their schemas are in
// payload_schema.cpp. A cancelled or moved session's notice never carries a visit code (the
// family's key to the lobby), and a hand-over never carries its reason (it may say why someone
// is off work): ids and times only.
#include <optional>
#include <string>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::sync {

struct HandoverNotice {
    core::Id record_id = 0;
    core::Id session_id = 0;
    core::Id from_staff = 0;
    core::Id to_staff = 0;
    core::Id by_staff = 0;
    core::Timestamp at{};
};
std::string encode_record_handover(const HandoverNotice& notice);

struct SessionChangeNotice {
    core::Id session_id = 0;
    core::Id child_id = 0;
    core::Timestamp starts_at{};
    std::string reason;  // free text: the kinds are sealed (record_signature.cpp)
    core::Timestamp recorded_at{};
    std::optional<core::Id> closed_referral_id;  // cancelled because its referral was closed
};
std::string encode_session_cancelled(const SessionChangeNotice& notice);
// The moved session is cancelled and a new one booked: its id and start, not its code.
std::string encode_session_moved(const SessionChangeNotice& notice, core::Id new_session_id, core::Timestamp new_starts_at);

struct ClosureNotice {
    core::Id referral_id = 0;
    core::Id child_id = 0;
    std::string reason;  // free text: sealed
    core::Id closed_by = 0;
    core::Timestamp closed_at{};
};
std::string encode_referral_closed(const ClosureNotice& notice);

}  // namespace kiosk::sync
