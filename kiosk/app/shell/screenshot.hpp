#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::app {

struct ScreenshotOptions {
    std::string screen;  // "family/attract"
    std::filesystem::path out;
    int width = 1280;
    int height = 800;
    std::string language = "en";
};

// Every screen name the command knows, "face/screen".
std::vector<std::string> screenshot_screen_names();

// Seeds a temporary demo database at a fixed demo time, puts the named screen in a
// representative state, renders it through a real GL context and writes a PNG.
// Returns 0, or prints one sentence to stderr and returns non-zero.
int take_screenshot(const ScreenshotOptions& options);

}  // namespace kiosk::app
