#pragma once
// The hub as a device of the upstream server: what `contact-sync-server hub-enrol` wrote into
// the hub's key folder (0700, every file 0600), the same way `contact-kiosk enrol` does on a
// device: its Ed25519 signing key, the upstream's sealing key, its bearer token and
// upstream.json (device id, upstream URL, CA file, pin, venue). docs/sync-api.md, "The venue".
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "sync/client/https_transport.hpp"

namespace kiosk::sync::server::hub {

// One sentence for the operator: a key folder that cannot be used, an enrolment refused.
class HubSetupError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr const char* kHubSigningKeyFile = "hub-signing.key";
inline constexpr const char* kUpstreamSealingKeyFile = "upstream-sealing.pub";
inline constexpr const char* kUpstreamTokenFile = "upstream.token";
inline constexpr const char* kUpstreamFile = "upstream.json";

struct HubIdentity {
    std::string device_id;
    std::int64_t venue_id = 0;
    std::string upstream_url;
    std::string ca_file;     // empty: the system's trust store
    std::string pinned_key;  // "sha256//…", optional
    std::array<std::uint8_t, 64> signing_secret{};
    std::array<std::uint8_t, 32> signing_public{};
    std::array<std::uint8_t, 32> upstream_sealing{};
    std::string token;

    TlsSettings tls() const;
};

struct HubEnrolOptions {
    std::string upstream_url;
    std::string token;  // the one-time enrolment token (never logged)
    std::string ca_file;
    std::string pin_sha256;
};

// Nothing when the folder holds no enrolment. Throws HubSetupError when a file is readable by
// others or damaged.
std::optional<HubIdentity> load_hub_identity(const std::filesystem::path& key_dir);
// Enrols at the upstream (POST /api/v1/enrol) with a fresh key pair and writes the folder only
// when the upstream accepted: a refused token leaves it as it was. Throws HubSetupError when
// the upstream refuses, cannot be reached, the role is not `hub`, or the folder is enrolled.
HubIdentity enrol_hub(const std::filesystem::path& key_dir, const HubEnrolOptions& options, Timeouts timeouts = {});

// A file only its owner can read or write (made 0600, synced, renamed into place).
void write_private(const std::filesystem::path& file, const std::string& content);
// Reads a file that must be its owner's alone; throws HubSetupError otherwise.
std::string read_private(const std::filesystem::path& file);

}  // namespace kiosk::sync::server::hub
