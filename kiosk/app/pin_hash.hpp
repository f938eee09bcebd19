#pragma once
// Staff PINs are stored only as Argon2id hashes (libsodium crypto_pwhash_str).
#include <string>
#include <string_view>

namespace kiosk::app {

std::string hash_pin(std::string_view pin);
bool verify_pin(const std::string& stored_hash, std::string_view pin);

}  // namespace kiosk::app
