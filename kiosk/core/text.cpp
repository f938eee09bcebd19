#include "kiosk/core/text.hpp"

#include <cstdint>

namespace kiosk::core {

bool is_valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<std::uint8_t>(text[i]);
        std::size_t extra = 0;
        std::uint32_t code_point = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            code_point = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            code_point = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            code_point = lead & 0x07u;
        } else {
            return false;
        }
        if (i + extra >= text.size()) return false;  // truncated sequence
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<std::uint8_t>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code_point = (code_point << 6) | (next & 0x3Fu);
        }
        // Overlong encodings, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        constexpr std::uint32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
        if (code_point < kMinimum[extra] || code_point > 0x10FFFF ||
            (code_point >= 0xD800 && code_point <= 0xDFFF)) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

namespace {
// Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder
// how text is shown without changing what it says: "U+202E" can make a court record read
// differently on screen from what was written. C1 controls (U+0080-U+009F) are invisible.
// Both are refused. Text is valid UTF-8 here, so a lead byte's continuation bytes exist.
bool is_hidden_format_character(std::string_view text, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<std::uint8_t>(text[i + k]); };
    if (at(0) == 0xC2) return at(1) >= 0x80 && at(1) <= 0x9F;
    if (at(0) != 0xE2) return false;
    if (at(1) == 0x80) return at(2) >= 0xAA && at(2) <= 0xAE;
    if (at(1) == 0x81) return at(2) >= 0xA6 && at(2) <= 0xA9;
    return false;
}

TextProblem check_text(std::string_view text, std::size_t max_bytes, bool allow_line_breaks) {
    if (text.size() > max_bytes) return TextProblem::TooLong;
    if (!is_valid_utf8(text)) return TextProblem::InvalidUtf8;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto byte = static_cast<unsigned char>(c);
        if (is_hidden_format_character(text, i)) return TextProblem::ControlCharacter;
        if (byte < 0x20 || byte == 0x7F) {
            if (allow_line_breaks && (c == '\n' || c == '\t' || c == '\r')) continue;
            return TextProblem::ControlCharacter;
        }
    }
    return TextProblem::None;
}
}  // namespace

TextProblem check_free_text(std::string_view text, std::size_t max_bytes) {
    return check_text(text, max_bytes, true);
}

TextProblem check_short_text(std::string_view text, std::size_t max_bytes) {
    return check_text(text, max_bytes, false);
}

}  // namespace kiosk::core
