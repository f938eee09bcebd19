#pragma once
// The coordinator face's screenshot scenes, on the seeded demo data.
#include <vector>

#include "kiosk/app/shell/screenshot_scenes.hpp"

namespace kiosk::app {

std::vector<ScreenshotScene> coordinator_scenes();

}  // namespace kiosk::app
