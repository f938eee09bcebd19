// The fonts the kiosk bakes: big enough, and holding every glyph our words need.
#include <catch2/catch_test_macros.hpp>

#include <imgui_internal.h>

#include "kiosk/ui/fonts.hpp"
#include "tests/harness/ui_harness.hpp"

using kiosk::testing::UiHarness;

namespace {

std::vector<unsigned int> code_points(const std::string& utf8) {
    std::vector<unsigned int> result;
    const char* cursor = utf8.c_str();
    const char* end = cursor + utf8.size();
    while (cursor < end) {
        unsigned int c = 0;
        const int length = ImTextCharFromUtf8(&c, cursor, end);
        if (length <= 0) break;
        result.push_back(c);
        cursor += length;
    }
    return result;
}

}  // namespace

TEST_CASE("the text fonts hold every character of every catalog string") {
    UiHarness h;
    const auto& fonts = h.ui().fonts;
    for (const auto& language : h.ui().text.languages()) {
        for (const auto& [key, text] : *h.ui().text.catalog(language.code)) {
            for (const unsigned int c : code_points(text)) {
                INFO(language.code << ": " << key << " needs U+" << std::hex << c);
                const auto glyph = static_cast<ImWchar>(c);
                REQUIRE(c <= 0xFFFF);
                CHECK(fonts.body->FindGlyphNoFallback(glyph) != nullptr);
                CHECK(fonts.body_bold->FindGlyphNoFallback(glyph) != nullptr);
                CHECK(fonts.large->FindGlyphNoFallback(glyph) != nullptr);
                CHECK(fonts.title->FindGlyphNoFallback(glyph) != nullptr);
            }
        }
    }
}

TEST_CASE("the text fonts hold the punctuation and letters we promise") {
    UiHarness h;
    // — · ’ “ ” „ … ą ę ł ż ñ ¿ € →
    for (const unsigned int code : {0x2014U, 0x00B7U, 0x2019U, 0x201CU, 0x201DU, 0x201EU, 0x2026U,
                                    0x0105U, 0x0119U, 0x0142U, 0x017CU, 0x00F1U, 0x00BFU, 0x20ACU,
                                    0x2192U}) {
        const auto c = static_cast<ImWchar>(code);
        INFO("U+" << std::hex << c);
        CHECK(h.ui().fonts.body->FindGlyphNoFallback(c) != nullptr);
    }
}

TEST_CASE("the atlas bakes nothing beyond what the languages need") {
    UiHarness h;
    // Cyrillic and CJK would multiply the atlas at every size; add them only with a language.
    CHECK(h.ui().fonts.body->FindGlyphNoFallback(0x0416) == nullptr);  // Ж
    CHECK(h.ui().fonts.body->FindGlyphNoFallback(0x4E2D) == nullptr);  // 中
    // The display font (clock, codes) holds digits, ':' and capitals only.
    const ImFont* display = h.ui().fonts.display;
    for (const ImWchar c : {ImWchar{'0'}, ImWchar{'9'}, ImWchar{':'}, ImWchar{'A'}, ImWchar{'Z'}}) {
        CHECK(display->FindGlyphNoFallback(c) != nullptr);
    }
    CHECK(display->FindGlyphNoFallback(0x0105) == nullptr);
}

TEST_CASE("fonts are baked at real pixel sizes for the screen") {
    const auto small = kiosk::ui::font_sizes_for_screen(1280, 800);
    const auto big = kiosk::ui::font_sizes_for_screen(1920, 1080);
    CHECK(small.body >= 24.0F);
    CHECK(small.body <= 28.0F);
    CHECK(big.body > small.body);
    CHECK(small.large > small.body);
    CHECK(small.title > small.large);
    CHECK(small.display > small.title);
    // A portrait tablet takes its size from the narrow side.
    CHECK(kiosk::ui::font_sizes_for_screen(800, 1280).body < small.body);

    UiHarness h{1920, 1080};
    CHECK(h.ui().fonts.body->FontSize == big.body);
    CHECK(ImGui::GetIO().FontGlobalScale == 1.0F);  // never scaled after baking
    CHECK(ImGui::GetIO().FontDefault == h.ui().fonts.body);
}
