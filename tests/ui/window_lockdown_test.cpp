// Lock-down (issue #6, item 7): a close request, as Alt+F4 or the window manager sends it
// (the WM_DELETE_WINDOW client message), does not close a locked-down window. A window
// without lock-down, sent the same message, closes: so the message really arrives.
#include <catch2/catch_test_macros.hpp>

#include <cstdlib>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <X11/Xlib.h>

// From GLFW's native access API (glfw3native.h), declared here because that header also
// needs the Xrandr headers, which the build does not otherwise use.
extern "C" Display* glfwGetX11Display(void);
extern "C" Window glfwGetX11Window(GLFWwindow* window);

#include "kiosk/app/shell/window_lockdown.hpp"

namespace {
void request_close(GLFWwindow* window) {
    Display* display = glfwGetX11Display();
    const Window target = glfwGetX11Window(window);
    XEvent event{};
    event.xclient.type = ClientMessage;
    event.xclient.window = target;
    event.xclient.message_type = XInternAtom(display, "WM_PROTOCOLS", False);
    event.xclient.format = 32;
    event.xclient.data.l[0] = static_cast<long>(XInternAtom(display, "WM_DELETE_WINDOW", False));
    event.xclient.data.l[1] = CurrentTime;
    XSendEvent(display, target, False, NoEventMask, &event);
    XSync(display, False);
    for (int i = 0; i < 10; ++i) glfwPollEvents();
}
}  // namespace

TEST_CASE("a locked-down window ignores close requests; an ordinary one closes", "[.][xvfb]") {
    if (std::getenv("DISPLAY") == nullptr) SKIP("no X display; run under xvfb-run");
    REQUIRE(glfwInit() == GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
    GLFWwindow* ordinary = glfwCreateWindow(320, 240, "ordinary", nullptr, nullptr);
    GLFWwindow* kiosk = glfwCreateWindow(320, 240, "kiosk", nullptr, nullptr);
    REQUIRE(ordinary != nullptr);
    REQUIRE(kiosk != nullptr);
    kiosk::app::lock_down_window(kiosk);

    request_close(ordinary);
    request_close(kiosk);
    CHECK(glfwWindowShouldClose(ordinary) == GLFW_TRUE);
    CHECK(glfwWindowShouldClose(kiosk) == GLFW_FALSE);

    glfwDestroyWindow(kiosk);
    glfwDestroyWindow(ordinary);
    glfwTerminate();
}
