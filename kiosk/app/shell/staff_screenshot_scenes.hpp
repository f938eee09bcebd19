#pragma once
// The staff face's screenshot scenes (staff/signin ... staff/due), driven through the staff
// controller on the seeded demo data as Jo with the demo PIN.
#include <vector>

#include "kiosk/app/shell/screenshot_scenes.hpp"

namespace kiosk::app {

std::vector<ScreenshotScene> staff_screenshot_scenes();

}  // namespace kiosk::app
