#pragma once
// How the device talks TLS to the social work team's server (used by the HTTPS client).
#include <string>

namespace kiosk::sync {

struct TlsSettings {
    std::string server_url;         // https only, e.g. "https://sync.example.org" (no trailing /api)
    std::string ca_file;            // empty: the system's trust store
    std::string pinned_public_key;  // "sha256//...;sha256//..." (primary and backup), optional
    std::string client_certificate; // PEM, optional; needs client_key
    std::string client_key;
    std::string proxy;              // empty: no proxy, whatever the environment says
};

bool is_https_url(const std::string& url);

}  // namespace kiosk::sync
