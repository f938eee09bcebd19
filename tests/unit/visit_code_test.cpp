#include <catch2/catch_test_macros.hpp>

#include <set>

#include "kiosk/core/visit_code.hpp"

using namespace kiosk::core;

TEST_CASE("typed visit codes are upper-cased and spaces and dashes ignored") {
    CHECK(normalize_visit_code("kt4-mpx") == std::optional<std::string>{"KT4MPX"});
    CHECK(normalize_visit_code(" KT4 MPX ") == std::optional<std::string>{"KT4MPX"});
}

TEST_CASE("codes with look-alike characters, the wrong length or other bytes are refused") {
    for (const char* bad : {"KT4MP0", "KT4MPO", "KT4MP1", "KT4MPI", "KT4MPL", "KT4MP5", "KT4MPS", "KT4MP8",
                            "KT4MPB", "KT4MP", "KT4MPXA", "", "KT4M\xC3\x89X", "KT4M\0X"}) {
        INFO(bad);
        CHECK_FALSE(normalize_visit_code(bad).has_value());
    }
    CHECK_FALSE(normalize_visit_code(std::string(1 << 20, 'A')).has_value());
}

TEST_CASE("generated codes use only the code alphabet and every character of it") {
    std::uint32_t state = 7;
    std::set<char> seen;
    for (int i = 0; i < 500; ++i) {
        const std::string code = make_visit_code([&](std::uint32_t n) {
            state = state * 1103515245u + 12345u;
            return (state >> 8) % n;
        });
        REQUIRE(code.size() == kVisitCodeLength);
        REQUIRE(normalize_visit_code(code) == code);
        seen.insert(code.begin(), code.end());
    }
    CHECK(seen.size() == kVisitCodeAlphabet.size());
}
