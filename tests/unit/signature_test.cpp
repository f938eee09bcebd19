#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>

#include "kiosk/core/signature.hpp"

using namespace kiosk::core;
using Catch::Matchers::WithinAbs;

TEST_CASE("ink is measured along every stroke, in pad widths") {
    Signature s;
    s.strokes = {{{0.0F, 0.0F}, {0.3F, 0.4F}}, {{0.5F, 0.5F}, {0.5F, 0.6F}, {0.6F, 0.6F}}};
    CHECK_THAT(ink_length(s), WithinAbs(0.7, 1e-5));
}

TEST_CASE("a dot or a brush of the finger is not a signature") {
    struct Row {
        const char* what;
        Signature signature;
        bool signed_;
    };
    const Row rows[] = {
        {"nothing", Signature{}, false},
        {"a tap (one point)", Signature{{{{0.5F, 0.5F}}}}, false},
        {"a short brush", Signature{{{{0.5F, 0.5F}, {0.55F, 0.5F}}}}, false},
        {"a line across a fifth of the pad", Signature{{{{0.1F, 0.5F}, {0.3F, 0.5F}}}}, true},
        {"a real scrawl", Signature{{{{0.1F, 0.5F}, {0.2F, 0.3F}, {0.3F, 0.7F}, {0.4F, 0.3F}}}}, true},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(looks_signed(row.signature) == row.signed_);
    }
}

TEST_CASE("points off the pad are held on its edge") {
    const SignaturePoint p = clamp_to_pad({-0.2F, 1.7F});
    CHECK(p.x == 0.0F);
    CHECK(p.y == 1.0F);
    const SignaturePoint inside = clamp_to_pad({0.25F, 0.75F});
    CHECK(inside.x == 0.25F);
    CHECK(inside.y == 0.75F);
}
