#include "kiosk/app/pin_hash.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace kiosk::app {

std::string hash_pin(std::string_view pin) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        throw std::runtime_error("not enough memory to hash a PIN");
    }
    return std::string(out.data());
}

bool verify_pin(const std::string& stored_hash, std::string_view pin) {
    if (sodium_init() < 0) return false;
    return crypto_pwhash_str_verify(stored_hash.c_str(), pin.data(), pin.size()) == 0;
}

}  // namespace kiosk::app
