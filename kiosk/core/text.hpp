#pragma once
// Checks on text that comes from a person (keypad, on-screen keyboard, config, the wire).
#include <cstddef>
#include <string_view>

namespace kiosk::core {

// Longest free text a record field accepts (in bytes): a generous page of writing.
inline constexpr std::size_t kMaxFreeTextBytes = 64 * 1024;
// Longest name or short label.
inline constexpr std::size_t kMaxShortTextBytes = 200;

bool is_valid_utf8(std::string_view text);

enum class TextProblem { None, InvalidUtf8, TooLong, ControlCharacter };

// Free text may hold newlines and tabs but no other control characters or NUL bytes, and no
// bidirectional override, embedding or isolate characters (they disguise what text says).
TextProblem check_free_text(std::string_view text, std::size_t max_bytes = kMaxFreeTextBytes);
// A short label: no control characters at all.
TextProblem check_short_text(std::string_view text, std::size_t max_bytes = kMaxShortTextBytes);

}  // namespace kiosk::core
