#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/text.hpp"

using namespace kiosk::core;

TEST_CASE("well-formed UTF-8 in our languages is accepted") {
    CHECK(is_valid_utf8("Zażółć gęślą jaźń"));
    CHECK(is_valid_utf8("¿Dónde está la niña?"));
    CHECK(is_valid_utf8("emoji 🙂 ok"));
    CHECK(is_valid_utf8(""));
}

TEST_CASE("malformed UTF-8 is refused") {
    CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));          // truncated
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xFF"));
    CHECK_FALSE(is_valid_utf8("ok\x80"));
}

TEST_CASE("free text allows line breaks but not NUL or other control characters") {
    CHECK(check_free_text("line one\nline two\ttab") == TextProblem::None);
    CHECK(check_free_text(std::string("a\0b", 3)) == TextProblem::ControlCharacter);
    CHECK(check_free_text("bell\x07") == TextProblem::ControlCharacter);
    CHECK(check_free_text("\xC3") == TextProblem::InvalidUtf8);
    CHECK(check_free_text(std::string(kMaxFreeTextBytes + 1, 'a')) == TextProblem::TooLong);
    CHECK(check_free_text(std::string(kMaxFreeTextBytes, 'a')) == TextProblem::None);
}

TEST_CASE("short labels refuse line breaks") {
    CHECK(check_short_text("Grandad") == TextProblem::None);
    CHECK(check_short_text("two\nlines") == TextProblem::ControlCharacter);
    CHECK(check_short_text(std::string(kMaxShortTextBytes + 1, 'a')) == TextProblem::TooLong);
}

TEST_CASE("bidirectional overrides and invisible C1 controls are refused; ordinary accents are not") {
    // "U+202E" would show "gnp.exe" style reversals: a record must read as it was written.
    CHECK(check_free_text("said \xE2\x80\xAE" "enod ton" ) == TextProblem::ControlCharacter);  // U+202E RLO
    CHECK(check_free_text("a \xE2\x80\xAA b") == TextProblem::ControlCharacter);               // U+202A LRE
    CHECK(check_free_text("a \xE2\x81\xA7 b") == TextProblem::ControlCharacter);               // U+2067 RLI
    CHECK(check_free_text("a \xE2\x81\xA9 b") == TextProblem::ControlCharacter);               // U+2069 PDI
    CHECK(check_free_text("a \xC2\x85 b") == TextProblem::ControlCharacter);                   // U+0085 NEL
    CHECK(check_short_text("Mum\xE2\x80\xAE") == TextProblem::ControlCharacter);
    CHECK(check_free_text("caf\xC3\xA9 \xE2\x80\x94 dash, \xE2\x80\x9Cquotes\xE2\x80\x9D") == TextProblem::None);
    CHECK(check_free_text("\xC2\xA0non-breaking space") == TextProblem::None);
}
