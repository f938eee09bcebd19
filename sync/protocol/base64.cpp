#include "sync/protocol/base64.hpp"

#include <openssl/evp.h>

#include <array>
#include <climits>

namespace kiosk::sync {

// OpenSSL's block coder does the work: libsodium's constant-time coder was a tenth of a
// day's-end sync's CPU (docs/sync-api.md), and base64 on the wire is ciphertext, keys and
// signatures, none of them secret. EVP_DecodeBlock is lenient, though (it trims white space and
// counts padding as bytes), so the text is first held to the canonical spelling here.
namespace {

constexpr std::uint8_t kNotALetter = 0xff;

constexpr std::array<std::uint8_t, 256> letter_values() {
    std::array<std::uint8_t, 256> values{};
    for (auto& v : values) v = kNotALetter;
    constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::uint8_t>(i);
    return values;
}

constexpr auto kLetterValues = letter_values();

// How many '=' end a canonical text, or nothing when the text is not canonical base64.
std::optional<std::size_t> canonical_padding(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::size_t padding = 0;
    while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=') ++padding;
    const std::size_t letters = text.size() - padding;
    for (std::size_t i = 0; i < letters; ++i) {
        if (kLetterValues[static_cast<unsigned char>(text[i])] == kNotALetter) return std::nullopt;
    }
    // The bits the last letter carries beyond the last byte must be zero: 4 of them before "==",
    // 2 before "=".
    if (padding > 0) {
        const std::uint8_t last = kLetterValues[static_cast<unsigned char>(text[letters - 1])];
        const std::uint8_t unused = padding == 2 ? 0x0f : 0x03;
        if ((last & unused) != 0) return std::nullopt;
    }
    return padding;
}

}  // namespace

std::string encode_base64(const std::uint8_t* bytes, std::size_t size) {
    std::string out;
    // EVP_EncodeBlock takes an int length; whole groups of 3 bytes a call keep each call's
    // padding (only the last may have any) where it belongs.
    constexpr std::size_t kChunk = 3 * (1 << 24);
    out.reserve((size + 2) / 3 * 4);
    std::size_t done = 0;
    do {
        const std::size_t n = std::min(kChunk, size - done);
        const std::size_t at = out.size();
        out.resize(at + (n + 2) / 3 * 4 + 1);  // EVP_EncodeBlock writes a terminating NUL
        const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data() + at), bytes + done, static_cast<int>(n));
        out.resize(at + static_cast<std::size_t>(written));
        done += n;
    } while (done < size);
    return out;
}

std::optional<std::vector<std::uint8_t>> decode_base64(std::string_view text) {
    const auto padding = canonical_padding(text);
    if (!padding || text.size() > static_cast<std::size_t>(INT_MAX)) return std::nullopt;
    std::vector<std::uint8_t> out(text.size() / 4 * 3);
    if (text.empty()) return out;
    const int written = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(text.data()),
                                        static_cast<int>(text.size()));
    // EVP_DecodeBlock counts the padding's places as bytes (always whole groups of 3).
    if (written < 0 || static_cast<std::size_t>(written) != out.size()) return std::nullopt;
    out.resize(out.size() - *padding);
    return out;
}

}  // namespace kiosk::sync
