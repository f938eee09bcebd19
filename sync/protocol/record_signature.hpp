#pragma once
// What a device signs for each pushed record and what the server checks (docs/sync-api.md,
// "Signed and sealed records"). Both sides build the bytes with this one function, so they
// cannot drift apart.
#include <string>
#include <string_view>

#include "sync/protocol/push_batch.hpp"

namespace kiosk::sync {

// "contact-kiosk/push-record/v1\n" followed by the compact JSON of
// {created_at, device_id, kind, payload, schema, sealed, uuid}: nlohmann's dump() writes
// object keys sorted and without spaces, so the same record always gives the same bytes.
// `sealed` is null for a plain record. Throws ProtocolError when the payload is not JSON.
std::string signing_bytes(const PushRecord& record);

// Kinds whose payload is sealed to the social work team's key before it leaves the device:
// every kind with free text or health data (the final record, addenda, concerns, comfort
// calls, icebreakers, missed-session notices, feedback).
bool is_sealed_kind(std::string_view kind);

}  // namespace kiosk::sync
