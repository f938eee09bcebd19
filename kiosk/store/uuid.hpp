#pragma once
// Random (version 4) UUIDs: an outbox message's identity across retries, and a row's identity
// across the venue's devices (schema v13).
#include <string>
#include <string_view>

namespace kiosk::store {

// Lower-case 8-4-4-4-12 hex from libsodium's random bytes.
std::string new_uuid();

// The same UUID for the same `name` on every device (RFC 9562 version 8: BLAKE2b-128 of a
// prefixed name): for a row several devices may make on their own and the venue must hold once
// (the arrival watch's alerts, issue #16).
std::string derived_uuid(std::string_view name);

}  // namespace kiosk::store
