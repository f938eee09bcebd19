// The kiosk's one window: GLFW + OpenGL 3, Dear ImGui, and a frame loop that sleeps.
#include "kiosk/app/shell/window.hpp"

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cfloat>
#include <chrono>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>

#include "kiosk/app/shell/device_sync.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/frame_pacer.hpp"
#include "kiosk/app/shell/glfw_errors.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/process_clock.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "kiosk/app/sync/sync_worker.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/app/shell/window_lockdown.hpp"
#include "kiosk/log/log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/ui/widgets/touch_scroll.hpp"

namespace kiosk::app {

namespace {

// What the GLFW callbacks reach through the window's user pointer.
struct WindowState {
    FramePacer pacer;
    bool touch_screen = false;  // kiosk mode: the pointer is a finger, not a mouse
};

WindowState& state_of(GLFWwindow* window) {
    return *static_cast<WindowState*>(glfwGetWindowUserPointer(window));
}

// Our callbacks only mark activity. They are installed before ImGui's backend, which keeps
// them and calls them from its own (it chains), so ImGui still gets every event.
void on_key(GLFWwindow* w, int, int, int, int) { state_of(w).pacer.on_activity(); }
void on_char(GLFWwindow* w, unsigned int) { state_of(w).pacer.on_activity(); }
void on_scroll(GLFWwindow* w, double, double) { state_of(w).pacer.on_activity(); }
void on_focus(GLFWwindow* w, int) { state_of(w).pacer.on_activity(); }
void on_cursor_enter(GLFWwindow* w, int) { state_of(w).pacer.on_activity(); }
void on_mouse_button(GLFWwindow* w, int, int, int) { state_of(w).pacer.on_activity(); }
// ImGui 1.86's GLFW backend polls the cursor and has no position callback: without this a
// pointer move would not wake the loop and hover would lag until the next minute.
void on_cursor_pos(GLFWwindow* w, double, double) { state_of(w).pacer.on_activity(); }
void on_framebuffer_size(GLFWwindow* w, int, int) { state_of(w).pacer.on_activity(); }
void on_refresh(GLFWwindow* w) { state_of(w).pacer.on_activity(); }

void install_activity_callbacks(GLFWwindow* window) {
    glfwSetKeyCallback(window, on_key);
    glfwSetCharCallback(window, on_char);
    glfwSetScrollCallback(window, on_scroll);
    glfwSetWindowFocusCallback(window, on_focus);
    glfwSetCursorEnterCallback(window, on_cursor_enter);
    glfwSetMouseButtonCallback(window, on_mouse_button);
    glfwSetCursorPosCallback(window, on_cursor_pos);
    glfwSetFramebufferSizeCallback(window, on_framebuffer_size);
    glfwSetWindowRefreshCallback(window, on_refresh);
}

// "Contact Kiosk - lobby": the face in the title, so the windows of a venue on one desktop
// (scripts/run-demo) can be told apart.
std::string window_title(const Config& config) {
    const std::string face = config.face == "family" ? "lobby" : config.face == "staff" ? "tablet" : config.face;
    return "Contact Kiosk - " + face;
}

GLFWwindow* open_window(const Config& config) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    if (config.kiosk_mode) glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    if (config.fullscreen) {
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
        if (mode != nullptr) {
            glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
            return glfwCreateWindow(mode->width, mode->height, window_title(config).c_str(), monitor, nullptr);
        }
    }
    return glfwCreateWindow(config.width, config.height, window_title(config).c_str(), nullptr, nullptr);
}

double now_seconds(const core::Clock& clock) {
    return static_cast<double>(core::to_unix(clock.now()));
}

// On a touch screen the pointer stays where the last finger lifted, which would leave that
// button looking hovered. The frame the finger lifts keeps the position (the button fires on
// release there); from the frame after, there is no pointer. Call before ImGui::NewFrame(),
// when MouseDownDuration still describes the previous frame (< 0: it was up then too).
void forget_lifted_finger(const WindowState& state) {
    ImGuiIO& io = ImGui::GetIO();
    if (state.touch_screen && !io.MouseDown[0] && io.MouseDownDuration[0] < 0.0F) {
        io.MousePos = ImVec2{-FLT_MAX, -FLT_MAX};
    }
}

int run_loop(GLFWwindow* window, WindowState& state, AppContext& context) {
    const Config& config = context.config;
    int width = 0;
    int height = 0;
    glfwGetWindowSize(window, &width, &height);

    ui::UiResources ui = ui::create_ui_resources(
        {width, height, assets_dir_of(config), config.language});
    // The background sync (its own thread and connection; what this window saves goes at once)
    // and the hub's sign-in count. Declared before the app, which holds pointers to them, so
    // the app goes first and the thread is joined after.
    std::unique_ptr<DeviceSync> sync;
    if (!with_enrolment(config).server_url.empty()) {
        SyncWorkerOptions options;
        // A page from the venue hub was applied: wake the sleeping window to draw it.
        options.on_applied = [] { glfwPostEmptyEvent(); };
        sync = std::make_unique<DeviceSync>(config, context.clock, context.db, options);
        sync->worker().board().set_listener([](const SyncProgress&) { glfwPostEmptyEvent(); });  // redraw the progress
    }
    ComposedApp composed{ui, AppSetup::from_config(context.db, context.clock, config)};
    KioskApp& app = composed.app();
    if (sync) sync->attach(app);
    if (app.face() == Face::Family) {
        app.family().set_agreement_reading_time(std::chrono::seconds{config.agreement_idle_seconds});
    }
    const ImVec4 clear = ui.theme->background;
    int frames_drawn = 0;

    while (glfwWindowShouldClose(window) == 0) {
        glfwGetWindowSize(window, &width, &height);
        if (width > 0 && height > 0 && ui::resize_ui(ui, width, height)) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        forget_lifted_finger(state);
        ImGui::NewFrame();
        app.draw_frame();
        ImGui::Render();

        int fb_width = 0;
        int fb_height = 0;
        glfwGetFramebufferSize(window, &fb_width, &fb_height);
        glViewport(0, 0, fb_width, fb_height);
        glClearColor(clear.x, clear.y, clear.z, 1.0F);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (config.exit_after_frames > 0) {
            if (++frames_drawn == 1) {
                glFinish();  // the frame is really drawn, not just queued
                log::info("first frame drawn " + std::to_string(since_process_start().count()) + " ms after start");
            }
            if (frames_drawn >= config.exit_after_frames) break;
        }

        // A list still gliding after a flick needs frames until it settles; then the loop sleeps.
        if (ui::touch_scroll_moving()) state.pacer.on_activity();
        if (const auto wake = app.next_wake()) state.pacer.wake_at(static_cast<double>(core::to_unix(*wake)));
        const double wait = state.pacer.wait_seconds(now_seconds(context.clock));
        if (wait <= 0.0) {
            glfwPollEvents();
        } else {
            glfwWaitEventsTimeout(wait);
        }
    }
    return 0;
}

}  // namespace

int run_window(AppContext& context) {
    const Config& config = context.config;
    remember_glfw_errors();
    if (glfwInit() == GLFW_FALSE) {
        log::error("The display could not be opened (" + last_glfw_error() + ").");
        return 1;
    }
    GLFWwindow* window = open_window(config);
    if (window == nullptr) {
        log::error("The kiosk window could not be created; it needs OpenGL 3.0 (" + last_glfw_error() + ").");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    {
        int width = 0;
        int height = 0;
        glfwGetWindowSize(window, &width, &height);
        log::info("window open: " + std::to_string(width) + "x" + std::to_string(height) +
                  (config.fullscreen ? ", full screen" : ", in a window") + (config.kiosk_mode ? ", locked down" : "") +
                  ", " + config.face + " face");
    }

    WindowState state;
    state.touch_screen = config.kiosk_mode;
    glfwSetWindowUserPointer(window, &state);
    install_activity_callbacks(window);
    if (config.kiosk_mode) glfwSetInputMode(window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    if (config.kiosk_mode) lock_down_window(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // a kiosk keeps no window layout between runs
    // Kiosk mode hides the cursor; stop the backend from showing it again every frame.
    if (config.kiosk_mode) ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    int exit_code = 0;
    try {
        exit_code = run_loop(window, state, context);
    } catch (const std::exception& error) {
        // Our errors (fonts, translations, store) are one plain sentence without personal data.
        log::error(error.what());
        exit_code = 1;
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

}  // namespace kiosk::app
