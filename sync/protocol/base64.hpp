#pragma once
// Standard base64 (with padding) for keys, signatures and sealed payloads on the wire.
// decode_base64 returns nothing for text that is not base64 in its one canonical spelling:
// only the 64 letters, padding only at the end and only as much as the length needs, no white
// space, and the last letter's unused bits zero (as libsodium's decoder demands, which
// base64_test.cpp holds it to).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::sync {

std::string encode_base64(const std::uint8_t* bytes, std::size_t size);
inline std::string encode_base64(const std::vector<std::uint8_t>& bytes) {
    return encode_base64(bytes.data(), bytes.size());
}
std::optional<std::vector<std::uint8_t>> decode_base64(std::string_view text);

}  // namespace kiosk::sync
