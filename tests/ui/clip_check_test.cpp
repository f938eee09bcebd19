// The clip check's own tests: it must see two texts drawn on one spot, and must not take the
// letters of one word for that. A glyph's box can reach into its neighbour's (DejaVu's J hooks
// back under the letter before it), which made a schedule screen fail for some visit codes.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>

#include <string>

#include "kiosk/core/visit_code.hpp"
#include "kiosk/ui/units.hpp"
#include "kiosk/ui/widgets/layout.hpp"
#include "tests/harness/clip_check.hpp"
#include "tests/harness/ui_harness.hpp"

using namespace kiosk;
using kiosk::testing::UiHarness;

namespace {

std::vector<testing::ClippedText> drawn(UiHarness& h, const UiHarness::DrawFn& draw) {
    for (int i = 0; i < 2; ++i) h.frame(draw);
    return testing::clipped_glyphs();
}

}  // namespace

TEST_CASE("letters of one word side by side are not words drawn over each other") {
    UiHarness h{1280, 800, "pl"};
    // Every pair of visit-code letters, each pair a word on its own line, in each font a code
    // is shown in; then the line that once failed the schedule screen.
    for (ImFont* font : {h.ui().fonts.body, h.ui().fonts.body_bold, h.ui().fonts.large}) {
        for (const char first : core::kVisitCodeAlphabet) {
            const auto found = drawn(h, [&] {
                ui::begin_screen("pairs", *h.ui().theme);
                ImGui::PushFont(font);
                for (std::size_t i = 0; i < core::kVisitCodeAlphabet.size(); ++i) {
                    const auto column = static_cast<float>(i % 13), row = static_cast<float>(i / 13);
                    ImGui::SetCursorPos(ImVec2{ui::em(1.0F) + column * font->FontSize * 2.5F, ui::em(1.0F + row * 2.0F)});
                    ImGui::TextUnformatted(std::string{first, core::kVisitCodeAlphabet[i]}.c_str());
                }
                ImGui::SetCursorPos(ImVec2{ui::em(1.0F), ui::em(6.0F)});
                ImGui::TextUnformatted("pon. 30 lis 16:00 \xC2\xB7 KCKJCU");
                ImGui::PopFont();
                ui::end_screen();
            });
            INFO(testing::describe(found));
            CHECK(found.empty());
        }
    }
}

TEST_CASE("two texts on one spot are reported as drawn over other words") {
    UiHarness h{1280, 800, "en"};
    const auto found = drawn(h, [&] {
        ui::begin_screen("overlap", *h.ui().theme);
        const ImVec2 spot{ui::em(2.0F), ui::em(2.0F)};
        ImGui::SetCursorPos(spot);
        ImGui::TextUnformatted("Garden Room");
        ImGui::SetCursorPos(ImVec2{spot.x + ui::em(0.2F), spot.y});
        ImGui::TextUnformatted("Missed");
        ui::end_screen();
    });
    INFO(testing::describe(found));
    REQUIRE_FALSE(found.empty());
    for (const auto& cut : found) CHECK(cut.how == std::string{"drawn over other words"});
}
