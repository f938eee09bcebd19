#pragma once
// Standard base64 (with padding) for keys, signatures and sealed payloads on the wire, done
// by libsodium. decode_base64 returns nothing for text that is not base64.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::sync {

std::string encode_base64(const std::uint8_t* bytes, std::size_t size);
inline std::string encode_base64(const std::vector<std::uint8_t>& bytes) {
    return encode_base64(bytes.data(), bytes.size());
}
std::optional<std::vector<std::uint8_t>> decode_base64(const std::string& text);

}  // namespace kiosk::sync
