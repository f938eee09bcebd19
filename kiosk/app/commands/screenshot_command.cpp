#include <CLI/CLI.hpp>

#include <memory>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/shell/screenshot.hpp"

namespace kiosk::app {

namespace {
// "1280x800" -> width, height
bool parse_size(const std::string& text, int& width, int& height) {
    const auto x = text.find('x');
    if (x == std::string::npos) return false;
    try {
        std::size_t used = 0;
        width = std::stoi(text.substr(0, x), &used);
        if (used != x) return false;
        height = std::stoi(text.substr(x + 1), &used);
        if (used != text.size() - x - 1) return false;
    } catch (const std::exception&) {
        return false;
    }
    return width >= 320 && height >= 240 && width <= 7680 && height <= 4320;
}
}  // namespace

void add_screenshot_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<ScreenshotOptions>();
    auto size = std::make_shared<std::string>("1280x800");
    auto* command = cli.add_subcommand("screenshot", "Render one named screen of the demo into a PNG");
    command->add_option("--screen", options->screen, "Screen name, FACE/SCREEN (e.g. family/attract)")->required();
    command->add_option("--out", options->out, "PNG file to write")->required();
    command->add_option("--size", *size, "Window size, WIDTHxHEIGHT")->capture_default_str();
    command->add_option("--lang", options->language, "Language code (en, es, pl)")->capture_default_str();
    command->callback([options, size, &result] {
        if (!parse_size(*size, options->width, options->height)) {
            throw CommandError("--size must look like 1280x800 (between 320x240 and 7680x4320)");
        }
        result.exit_code = take_screenshot(*options);
    });
}

}  // namespace kiosk::app
