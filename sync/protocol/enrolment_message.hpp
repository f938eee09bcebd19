#pragma once
// Enrolment: POST /api/v1/enrol (docs/sync-api.md, "Enrolment"). The device sends the
// one-time token a coordinator was given and its Ed25519 public key; the server answers the
// device's id, its bearer token and the server's sealing public key.
#include <cstdint>
#include <string>

namespace kiosk::sync {

struct EnrolRequest {
    std::string token;       // the one-time enrolment token
    std::string public_key;  // base64 of the device's 32-byte Ed25519 public key
};

struct EnrolAnswer {
    std::string device_id;
    std::string device_token;        // the bearer token for every later request
    std::string sealing_public_key;  // base64 of the server's 32-byte X25519 public key
    std::int64_t venue_id = 0;       // the venue and role the enrolment token was issued for
    std::string role;                // "lobby", "tablet", "coordinator" (device_role.hpp)
    // Issue #13: "hub" when the server is a venue hub (the upstream's receipts then come through
    // its feed), "receiver" (or absent) for the social work team's server itself.
    std::string server_role = "receiver";
};

std::string encode_enrol_request(const EnrolRequest& request);
// Throw ProtocolError when the text is not the documented JSON.
EnrolRequest decode_enrol_request(const std::string& body);
std::string encode_enrol_answer(const EnrolAnswer& answer);
EnrolAnswer decode_enrol_answer(const std::string& body);

// Token rotation: POST /api/v1/token answers {"device_token": "<new bearer token>"}.
std::string encode_token_answer(const std::string& device_token);
std::string decode_token_answer(const std::string& body);

}  // namespace kiosk::sync
