#pragma once
// The screens the screenshot command can render, each with the steps that put the app into a
// representative state for it. A new screen adds one entry in screenshot_scenes.cpp.
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

// What a scene may use besides the app: the demo data just seeded (today's visit codes).
struct ScreenshotDemo {
    DemoSeedResult seeded;
};

struct ScreenshotScene {
    std::string name;  // "face/screen", as typed after --screen
    // Drives a freshly built app (on the seeded demo data) to the screen. It may tap through
    // the controller; it must not depend on anything outside the app and the demo data.
    std::function<void(KioskApp&, const ScreenshotDemo&)> prepare;
    // Scenes of faces that read the store (the coordinator face) prepare with it as well.
    std::function<void(KioskApp&, store::Database&, const core::Clock&, const std::string& time_zone)> prepare_with_store{};
    // How long after the demo's 10:05 the scene is drawn (issue #16: the afternoon's sibling
    // visit and video call); the clock stands still there.
    std::chrono::minutes later{0};
};

const std::vector<ScreenshotScene>& screenshot_scenes();
const ScreenshotScene* find_screenshot_scene(const std::string& name);

}  // namespace kiosk::app
