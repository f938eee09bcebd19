#pragma once
// The payload of a record the services queue for the social work team, read back from the row
// just written (store::ReplicaReader) and encoded as it travels (sync/protocol/venue_entities):
// the row's own UUID and its references' UUIDs, never a local id (issue #13).
#include <string>
#include <string_view>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

// `kind`: check_in, feedback, alert, concern, observation_record, record_addendum, record_review
// (id: the record's), comfort_call, icebreaker, missed_session_notice (with `send_after`), and the
// coordinator's week: record_handover, session_cancelled and session_moved (id: the
// session_changes row's), referral_closed (id: the referral's).
// Throws std::logic_error when the row cannot be read back (a bug, never a person's doing).
std::string record_payload(store::Database& db, std::string_view kind, core::Id id, core::Timestamp send_after = {});
store::PayloadFor payload_for(store::Database& db, std::string kind);

}  // namespace kiosk::app
