#pragma once
// The server's checks of a pushed record from an enrolled device: its Ed25519 signature
// against the device's enrolled public key, then the sealed payload opened with the
// server's secret key. One plain sentence says why a record is refused.
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

// `device_key`: the device's enrolled Ed25519 public key, or nothing for a device added
// without enrolment (add-device), whose records are taken as they come. On success a sealed
// payload is replaced by the opened one and the answer is empty; otherwise it is the reason.
std::string verify_and_open(PushRecord& record, const std::optional<std::vector<std::uint8_t>>& device_key,
                            const SealingKeyPair& keys);

}  // namespace kiosk::sync::server
