#pragma once
// GLFW reports problems through a callback. We keep the latest description instead of
// printing it, so a failure reaches stderr as one sentence that includes the reason.
#include <string>

namespace kiosk::app {

// Installs the callback; call before glfwInit().
void remember_glfw_errors();
// The latest GLFW error description ("X11: The DISPLAY environment variable is missing"), or
// "no reason given".
std::string last_glfw_error();

}  // namespace kiosk::app
