#pragma once
// Lock-down of a public lobby terminal's window ([kiosk] lock_down): close requests from the
// keyboard (Alt+F4) or the window manager are ignored, so nobody at the lobby can leave the
// family face; the session's supervisor ends the process with a signal instead.
struct GLFWwindow;

namespace kiosk::app {

void lock_down_window(GLFWwindow* window);

}  // namespace kiosk::app
