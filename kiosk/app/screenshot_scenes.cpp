#include "kiosk/app/screenshot_scenes.hpp"

#include "kiosk/app/staff_screenshot_scenes.hpp"

namespace kiosk::app {

const std::vector<ScreenshotScene>& screenshot_scenes() {
    static const std::vector<ScreenshotScene> scenes = [] {
        std::vector<ScreenshotScene> all{
            {"family/attract", [](KioskApp&) {}},
            {"family/code",
             [](KioskApp& app) { app.family().handle(ui::AttractIntent{ui::StartCheckIn{}}); }},
        };
        for (auto& scene : staff_screenshot_scenes()) all.push_back(std::move(scene));
        return all;
    }();
    return scenes;
}

const ScreenshotScene* find_screenshot_scene(const std::string& name) {
    for (const auto& scene : screenshot_scenes()) {
        if (scene.name == name) return &scene;
    }
    return nullptr;
}

std::vector<std::string> screenshot_screen_names() {
    std::vector<std::string> names;
    for (const auto& scene : screenshot_scenes()) names.push_back(scene.name);
    return names;
}

}  // namespace kiosk::app
