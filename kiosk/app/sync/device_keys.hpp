#pragma once
// The device's keys, kept in the key directory (the folder of storage.key_file, 0700; each
// file 0600): its Ed25519 signing key, made at enrolment, and the social work team's
// sealing public key, received at enrolment. docs/SECURITY.md says what each defends.
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::app {

struct DeviceKeys {
    std::array<std::uint8_t, 64> signing_secret{};  // libsodium's Ed25519 secret key (seed + public)
    std::array<std::uint8_t, 32> signing_public{};
    std::array<std::uint8_t, 32> sealing_public{};  // the server's X25519 key for sealed boxes
};

// File names inside the key directory.
inline constexpr const char* kSigningKeyFile = "device-signing.key";
inline constexpr const char* kSealingKeyFile = "server-sealing.pub";
inline constexpr const char* kDeviceTokenFile = "device.token";
inline constexpr const char* kEnrolmentFile = "enrolment.json";

// A fresh Ed25519 key pair (sealing_public left empty).
DeviceKeys generate_device_keys();
// Nothing when the device is not enrolled (no signing key file). Throws CommandError (exit 3)
// when a key file is there but readable by others or not a key.
std::optional<DeviceKeys> load_device_keys(const std::filesystem::path& key_dir);
void save_device_keys(const std::filesystem::path& key_dir, const DeviceKeys& keys);

// Writes a file only its owner can read (created 0600, flushed to disk, then renamed into place).
void write_private_file(const std::filesystem::path& file, const std::string& content);
// Reads a file that must be readable by its owner only. Throws CommandError (exit 3) otherwise.
std::string read_private_file(const std::filesystem::path& file);

}  // namespace kiosk::app
