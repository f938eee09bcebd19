// The screenshot command's backend: real GL rendering under Xvfb, and its refusals.
#include <catch2/catch_test_macros.hpp>

#include <imgui.h>
#include <stb_image.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <set>

#include "kiosk/app/shell/screenshot.hpp"
#include "kiosk/ui/theme.hpp"
#include "tests/support/temp_dir.hpp"

using kiosk::app::ScreenshotOptions;
using kiosk::app::take_screenshot;
using kiosk::testing::TempDir;

namespace {

struct Image {
    int width = 0;
    int height = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, stbi_image_free};
};

Image load_png(const std::filesystem::path& file) {
    Image image;
    int channels = 0;
    image.pixels.reset(stbi_load(file.string().c_str(), &image.width, &image.height, &channels, 3));
    return image;
}

bool near(const unsigned char* pixel, const ImVec4& colour) {
    const auto close = [](unsigned char value, float wanted) {
        return std::abs(static_cast<int>(value) - static_cast<int>(wanted * 255.0F + 0.5F)) <= 3;
    };
    return close(pixel[0], colour.x) && close(pixel[1], colour.y) && close(pixel[2], colour.z);
}

}  // namespace

TEST_CASE("the screenshot command lists the screens it knows") {
    const auto names = kiosk::app::screenshot_screen_names();
    CHECK(std::find(names.begin(), names.end(), "family/attract") != names.end());
}

TEST_CASE("an unknown screen is refused before anything is drawn or written") {
    TempDir dir;
    ScreenshotOptions options;
    options.screen = "family/nowhere";
    options.out = dir / "shot.png";
    CHECK(take_screenshot(options) != 0);
    CHECK_FALSE(std::filesystem::exists(options.out));
}

// Needs an X display: ctest runs it under xvfb-run (tests/CMakeLists.txt, "screenshot_under_xvfb").
TEST_CASE("the attract screen renders to a PNG of the requested size", "[.][xvfb]") {
    if (std::getenv("DISPLAY") == nullptr) SKIP("no X display; run under xvfb-run");
    struct Size {
        int width;
        int height;
    };
    for (const Size size : {Size{1280, 800}, Size{1920, 1080}}) {
        CAPTURE(size.width, size.height);
        TempDir dir;
        ScreenshotOptions options;
        options.screen = "family/attract";
        options.out = dir / "shots" / "attract.png";  // the folder is made as needed
        options.width = size.width;
        options.height = size.height;
        REQUIRE(take_screenshot(options) == 0);

        const Image image = load_png(options.out);
        REQUIRE(image.pixels != nullptr);
        CHECK(image.width == size.width);
        CHECK(image.height == size.height);

        // Not blank: text is anti-aliased, so a real screen has many shades; and the themed
        // page, band and check-in button are all there.
        const auto& theme = kiosk::ui::kiosk_theme();
        std::set<unsigned int> colours;
        std::size_t primary = 0;
        std::size_t background = 0;
        const auto count =
            static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
        for (std::size_t i = 0; i < count; ++i) {
            const unsigned char* p = image.pixels.get() + i * 3;
            colours.insert((unsigned{p[0]} << 16U) | (unsigned{p[1]} << 8U) | unsigned{p[2]});
            if (near(p, theme.primary)) ++primary;
            if (near(p, theme.background)) ++background;
        }
        CHECK(colours.size() > 100);
        CHECK(primary > count / 10);     // the check-in button is big
        CHECK(background > count / 4);   // the calm page around it
        // The top-left corner is the venue band, drawn in the surface colour.
        CHECK(near(image.pixels.get(), theme.surface));
    }
}

TEST_CASE("every family screen has a name for the screenshot command") {
    const auto names = kiosk::app::screenshot_screen_names();
    for (const char* screen : {"family/attract", "family/code", "family/attendees", "family/early", "family/agreement",
                               "family/signature", "family/activities", "family/done", "family/feedback",
                               "family/locked"}) {
        INFO(screen);
        CHECK(std::find(names.begin(), names.end(), screen) != names.end());
    }
}

// Every named screen, in every language of the family face, renders through real GL: a scene
// that asserts, throws or draws nothing fails here, not in front of a family.
TEST_CASE("every named screen renders a real picture", "[.][xvfb]") {
    if (std::getenv("DISPLAY") == nullptr) SKIP("no X display; run under xvfb-run");
    for (const auto& name : kiosk::app::screenshot_screen_names()) {
        const bool family = name.rfind("family/", 0) == 0;
        for (const char* language : {"en", "es", "pl"}) {
            if (!family && std::string(language) != "en") continue;
            CAPTURE(name, language);
            TempDir dir;
            ScreenshotOptions options;
            options.screen = name;
            options.language = language;
            options.out = dir / "shot.png";
            REQUIRE(take_screenshot(options) == 0);
            const Image image = load_png(options.out);
            REQUIRE(image.pixels != nullptr);
            CHECK(image.width == 1280);
            std::set<unsigned int> colours;
            const auto count = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
            for (std::size_t i = 0; i < count; i += 7) {
                const unsigned char* p = image.pixels.get() + i * 3;
                colours.insert((unsigned{p[0]} << 16U) | (unsigned{p[1]} << 8U) | unsigned{p[2]});
            }
            CHECK(colours.size() > 40);  // anti-aliased text in several colours, not a blank page
        }
    }
}
