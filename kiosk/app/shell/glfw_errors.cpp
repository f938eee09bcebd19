#include "kiosk/app/shell/glfw_errors.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace kiosk::app {

namespace {
// GLFW calls back on the thread that called it: the window's thread only.
std::string& latest() {
    static std::string description;
    return description;
}
void remember(int, const char* description) {
    // GLFW's descriptions name display and driver problems, never personal data.
    latest() = description != nullptr ? description : "";
}
}  // namespace

void remember_glfw_errors() {
    latest().clear();
    glfwSetErrorCallback(remember);
}

std::string last_glfw_error() { return latest().empty() ? "no reason given" : latest(); }

}  // namespace kiosk::app
