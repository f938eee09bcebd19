#include "sync/protocol/base64.hpp"

#include <sodium.h>

#include <stdexcept>

namespace kiosk::sync {

std::string encode_base64(const std::uint8_t* bytes, std::size_t size) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

std::optional<std::vector<std::uint8_t>> decode_base64(const std::string& text) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    std::vector<std::uint8_t> out(text.size() / 4 * 3 + 3);
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    out.resize(length);
    return out;
}

}  // namespace kiosk::sync
