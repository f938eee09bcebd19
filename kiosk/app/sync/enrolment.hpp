#pragma once
// Enrols this device with the social work team's server: makes its Ed25519 key pair, sends
// the public key with a one-time token, and writes what comes back (device id, bearer token,
// the server's sealing key) into the key directory, each file 0600. Nothing is written
// unless the server accepted the token, so a refused enrolment leaves the device as it was.
#include <cstdint>
#include <string>

#include "kiosk/app/config.hpp"
#include "sync/client/https_transport.hpp"

namespace kiosk::app {

struct EnrolOptions {
    std::string server_url;  // https://host:port
    std::string token;       // the one-time enrolment token (never logged)
    std::string pin_sha256;  // optional "sha256//<base64>" pin of the server's public key
    std::string ca_file;     // optional CA bundle; empty: the system's
};

struct EnrolOutcome {
    std::string device_id;
    std::int64_t venue_id = 0;
    std::string role;
};

// Throws CommandError: exit 3 for a refused token, a TLS or address problem, or a device
// that is already enrolled.
EnrolOutcome enrol_device(const Config& config, const EnrolOptions& options, sync::Timeouts timeouts = {});

}  // namespace kiosk::app
