#pragma once
// The server's checks of a pushed record from an enrolled device: its Ed25519 signature
// against the device's enrolled public key, then the sealed payload opened with the server's
// secret key and checked against its kind's schema; and of the batch's audit head, which an
// enrolled device signs. One plain sentence says why something is refused.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/push_batch.hpp"

namespace kiosk::sync::server {

struct SealingKeyPair {
    std::array<std::uint8_t, 32> public_key{};
    std::array<std::uint8_t, 32> secret_key{};
};

SealingKeyPair generate_sealing_key_pair();

// The key's public half, from its secret half (a key handed in by the service manager is the
// secret half alone).
SealingKeyPair sealing_key_pair_from_secret(const std::array<std::uint8_t, 32>& secret_key);

// `device_key`: the device's enrolled Ed25519 public key, or nothing for a device added
// without enrolment (add-device), whose records are taken as they come. Empty when the record
// is signed by that key as it arrived and, of a sealed kind, arrived sealed; otherwise the
// reason. Checked before the payload is opened (open_sealed changes it).
std::string check_signature(const PushRecord& record, const std::optional<std::vector<std::uint8_t>>& device_key);
// Opens a sealed record's payload in place and checks it against its kind's schema (nothing
// to do for a plain one). Empty on success; otherwise the reason.
std::string open_sealed(PushRecord& record, const SealingKeyPair& keys);
// Empty when the batch's audit head and anchor carry a valid signature of the device's key
// (or the device has no key); otherwise why the batch is refused (answered 400, so nothing is
// stored and nothing rejected: a token without the key cannot plant a head).
std::string verify_audit_claims(const ReceivedBatch& batch, const std::optional<std::vector<std::uint8_t>>& device_key);

}  // namespace kiosk::sync::server
