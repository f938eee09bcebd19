#include "kiosk/app/shell/window_lockdown.hpp"

#include <GLFW/glfw3.h>

namespace kiosk::app {

void lock_down_window(GLFWwindow* window) {
    // GLFW sets the close flag before it calls this; setting it back refuses the request.
    glfwSetWindowCloseCallback(window, [](GLFWwindow* w) { glfwSetWindowShouldClose(w, GLFW_FALSE); });
}

}  // namespace kiosk::app
