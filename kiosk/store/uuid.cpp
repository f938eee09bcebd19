#include "kiosk/store/uuid.hpp"

#include <sodium.h>

#include <array>
#include <cstdio>

namespace kiosk::store {

namespace {
std::string as_text(std::array<unsigned char, 16>& b, unsigned char version) {
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | (version << 4));
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    std::array<char, 37> text{};
    std::snprintf(text.data(), text.size(), "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                  b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                  b[15]);
    return std::string(text.data(), 36);
}
}  // namespace

std::string new_uuid() {
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    return as_text(b, 4);
}

std::string derived_uuid(std::string_view name) {
    static constexpr std::string_view kPrefix = "contact-kiosk/derived-uuid/v1\n";
    crypto_generichash_state state;
    std::array<unsigned char, 16> b{};
    crypto_generichash_init(&state, nullptr, 0, b.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kPrefix.data()), kPrefix.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(name.data()), name.size());
    crypto_generichash_final(&state, b.data(), b.size());
    return as_text(b, 8);
}

}  // namespace kiosk::store
