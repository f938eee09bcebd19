#pragma once
// Random (version 4) UUIDs: an outbox message's identity across retries, and a row's identity
// across the venue's devices (schema v13).
#include <string>

namespace kiosk::store {

// Lower-case 8-4-4-4-12 hex from libsodium's random bytes.
std::string new_uuid();

}  // namespace kiosk::store
