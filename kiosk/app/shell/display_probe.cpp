#include "kiosk/app/shell/display_probe.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "kiosk/app/shell/glfw_errors.hpp"

namespace kiosk::app {

DisplayProbe probe_display() {
    DisplayProbe probe;
    remember_glfw_errors();
    if (glfwInit() == GLFW_FALSE) {
        probe.problem = last_glfw_error();
        return probe;
    }
    probe.opened = true;
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
    if (mode != nullptr) probe.screen_size = std::to_string(mode->width) + "x" + std::to_string(mode->height);
    glfwTerminate();
    return probe;
}

}  // namespace kiosk::app
