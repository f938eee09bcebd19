#pragma once
// The loopback demo certificates of scripts/make-demo-certs, for every test that runs a real
// HTTPS server on 127.0.0.1 (sync, security, hostile and venue tests alike).
#include <filesystem>

namespace kiosk::testing {

// Makes them into `folder` (once per folder).
void make_demo_certificates(const std::filesystem::path& folder);

}  // namespace kiosk::testing
