#pragma once
// Signs, and for sensitive kinds seals, each record as it leaves the device: the one place
// the device's Ed25519 key is used. A final record, an addendum or a concern is encrypted to
// the social work team's key (libsodium sealed box), so a TLS-terminating proxy sees only
// ciphertext; then the whole wire record (the ciphertext included) is signed over
// sync::signing_bytes, so the server can tell that it came from this device unchanged.
#include "kiosk/app/device_keys.hpp"
#include "sync/protocol/push_batch.hpp"

namespace kiosk::app {

// Throws sync::ProtocolError when the payload is not a JSON object.
void protect_record(sync::PushRecord& record, const DeviceKeys& keys);

}  // namespace kiosk::app
