#pragma once
// Signs, and for sensitive kinds seals, each record as it leaves the device: the one place
// the device's Ed25519 key is used. Every kind with free text or health data
// (sync::is_sealed_kind) is encrypted to the social work team's key (libsodium sealed box), so
// a TLS-terminating proxy sees only ciphertext; then the whole wire record (the ciphertext included) is signed over
// sync::signing_bytes, so the server can tell that it came from this device unchanged.
#include <optional>
#include <string>

#include "kiosk/app/sync/device_keys.hpp"
#include "sync/protocol/push_batch.hpp"

namespace kiosk::app {

// Throws sync::ProtocolError when the payload is not a JSON object.
void protect_record(sync::PushRecord& record, const DeviceKeys& keys);

// "ed25519:<base64>" over sync::audit_claims_signing_bytes: the batch's audit head and anchor,
// signed so that the server keeps only heads this device's key vouched for.
std::string sign_audit_claims(const std::string& device_id, const std::optional<std::string>& head,
                              const std::optional<std::string>& anchor, const DeviceKeys& keys);

}  // namespace kiosk::app
