#pragma once
#include "kiosk/app/app_context.hpp"

namespace kiosk::app {

// Opens the GLFW window on the configured face and runs until it is closed. The loop sleeps
// when nothing changes. Returns the process exit code.
int run_window(AppContext& context);

}  // namespace kiosk::app
