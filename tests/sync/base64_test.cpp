// base64 on the wire is done by OpenSSL's block coder behind a canonical-spelling check; these
// tests hold it to libsodium's strict decoder, which it replaced, on every input tried: the same
// text out, the same bytes back, and the same texts refused.
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

#include <random>

#include "sync/protocol/base64.hpp"

namespace {
using kiosk::sync::decode_base64;
using kiosk::sync::encode_base64;

std::string sodium_encode(const std::vector<std::uint8_t>& bytes) {
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.pop_back();
    return out;
}

std::optional<std::vector<std::uint8_t>> sodium_decode(const std::string& text) {
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

std::vector<std::uint8_t> random_bytes(std::mt19937& random, std::size_t size) {
    std::vector<std::uint8_t> bytes(size);
    for (auto& b : bytes) b = static_cast<std::uint8_t>(random());
    return bytes;
}

}  // namespace

TEST_CASE("base64 text is libsodium's, byte for byte, and decodes back") {
    REQUIRE(sodium_init() >= 0);
    std::mt19937 random(17);
    for (std::size_t size = 0; size < 300; ++size) {
        const auto bytes = random_bytes(random, size);
        const std::string text = encode_base64(bytes);
        CAPTURE(size);
        REQUIRE(text == sodium_encode(bytes));
        REQUIRE(decode_base64(text) == bytes);
    }
}

TEST_CASE("a text is refused exactly when libsodium's strict decoder refuses it") {
    REQUIRE(sodium_init() >= 0);
    std::mt19937 random(1717);
    // Valid texts with one letter changed, added or taken away, among them padding in the
    // middle, a third '=', white space, a NUL, a byte past ASCII, and nonzero unused bits.
    const std::string odd_letters = "=\n \t\r-_.*\0\xc3\xff";
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    int refused = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        std::string text = encode_base64(random_bytes(random, random() % 40));
        const int change = static_cast<int>(random() % 4);
        const std::size_t at = text.empty() ? 0 : random() % text.size();
        const char letter = random() % 3 == 0 ? odd_letters[random() % odd_letters.size()] : alphabet[random() % 64];
        if (change == 0 && !text.empty()) text[at] = letter;
        if (change == 1) text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), letter);
        if (change == 2 && !text.empty()) text.erase(at, 1);
        if (change == 3 && text.size() >= 2 && text.back() == '=') text[text.size() - 2 + random() % 2] = letter;
        const auto ours = decode_base64(text);
        CAPTURE(text);
        REQUIRE(ours == sodium_decode(text));
        if (!ours) ++refused;
    }
    CHECK(refused > 5000);  // the mutations did reach the refusals
}

TEST_CASE("the spellings OpenSSL alone would take are refused") {
    CHECK(decode_base64("QUJD") == std::vector<std::uint8_t>{'A', 'B', 'C'});
    CHECK_FALSE(decode_base64(" QUJD"));     // leading white space (EVP_DecodeBlock trims it)
    CHECK_FALSE(decode_base64("QUJD\n"));    // trailing white space
    CHECK_FALSE(decode_base64("QUI"));       // no padding
    CHECK_FALSE(decode_base64("QUJ="));      // unused bits not zero ("QUI=" is "AB")
    CHECK(decode_base64("QUI=") == std::vector<std::uint8_t>{'A', 'B'});
    CHECK_FALSE(decode_base64("QQ=A"));      // padding before a letter
    CHECK_FALSE(decode_base64("Q==="));      // three '='
    CHECK_FALSE(decode_base64(std::string_view("QU\0D", 4)));
    CHECK(decode_base64("")->empty());
}
