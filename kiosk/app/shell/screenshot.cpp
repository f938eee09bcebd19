// The screenshot command: the real screens, drawn by the real renderer into an off-screen
// framebuffer on a fixed demo morning, written as a PNG. Used for docs and for tests under Xvfb.
#include "kiosk/app/shell/screenshot.hpp"

#define GLFW_INCLUDE_GLEXT
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
// libstb (linked through pkg-config imgui) already holds the implementation.
#include <stb_image_write.h>

#include <cfloat>
#include <cstdlib>
#include <iostream>
#include <vector>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/glfw_errors.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/screenshot_scenes.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/store/database.hpp"

namespace kiosk::app {

namespace {

namespace fs = std::filesystem;

// Monday 23 November 2026, 10:05 at the demo venue: sessions are under way, the clock reads
// a plausible morning time, and every screenshot shows the same thing.
constexpr const char* kDemoDate = "2026-11-23";
constexpr int kDemoHour = 10;
constexpr int kDemoMinute = 5;
// ImGui needs a couple of frames to measure and settle windows before the picture is stable.
// (Six: a staff scene that opens the on-screen keyboard needs a frame to focus the field, one
// for the keyboard to appear and one for the field to scroll above it.)
constexpr int kFramesBeforeCapture = 6;

std::string known_names() {
    std::string list;
    for (const auto& name : screenshot_screen_names()) list += (list.empty() ? "" : ", ") + name;
    return list;
}

// A mkdtemp folder removed on every way out; the demo database and its key live in separate
// sub-folders, as the store requires.
class TempFolder {
public:
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "contact-kiosk-shot-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("A temporary folder for the demo data could not be made.");
        }
        path_ = pattern;
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    ~TempFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// Framebuffer-object entry points (OpenGL 3.0), looked up at run time from the context.
struct FboFunctions {
    PFNGLGENFRAMEBUFFERSPROC gen_framebuffers = nullptr;
    PFNGLBINDFRAMEBUFFERPROC bind_framebuffer = nullptr;
    PFNGLDELETEFRAMEBUFFERSPROC delete_framebuffers = nullptr;
    PFNGLGENRENDERBUFFERSPROC gen_renderbuffers = nullptr;
    PFNGLBINDRENDERBUFFERPROC bind_renderbuffer = nullptr;
    PFNGLDELETERENDERBUFFERSPROC delete_renderbuffers = nullptr;
    PFNGLRENDERBUFFERSTORAGEPROC renderbuffer_storage = nullptr;
    PFNGLFRAMEBUFFERRENDERBUFFERPROC framebuffer_renderbuffer = nullptr;
    PFNGLCHECKFRAMEBUFFERSTATUSPROC check_framebuffer_status = nullptr;

    template <typename Fn>
    static void load(Fn& fn, const char* name) {
        fn = reinterpret_cast<Fn>(glfwGetProcAddress(name));
    }
    bool load_all() {
        load(gen_framebuffers, "glGenFramebuffers");
        load(bind_framebuffer, "glBindFramebuffer");
        load(delete_framebuffers, "glDeleteFramebuffers");
        load(gen_renderbuffers, "glGenRenderbuffers");
        load(bind_renderbuffer, "glBindRenderbuffer");
        load(delete_renderbuffers, "glDeleteRenderbuffers");
        load(renderbuffer_storage, "glRenderbufferStorage");
        load(framebuffer_renderbuffer, "glFramebufferRenderbuffer");
        load(check_framebuffer_status, "glCheckFramebufferStatus");
        return gen_framebuffers && bind_framebuffer && delete_framebuffers && gen_renderbuffers &&
               bind_renderbuffer && delete_renderbuffers && renderbuffer_storage &&
               framebuffer_renderbuffer && check_framebuffer_status;
    }
};

// An off-screen colour target of exactly the requested size: independent of the X screen's
// size (xvfb-run's default screen is 640x480) and of whether the window is shown.
class OffscreenTarget {
public:
    OffscreenTarget(const FboFunctions& gl, int width, int height) : gl_(gl) {
        gl_.gen_framebuffers(1, &framebuffer_);
        gl_.bind_framebuffer(GL_FRAMEBUFFER, framebuffer_);
        gl_.gen_renderbuffers(1, &colour_);
        gl_.bind_renderbuffer(GL_RENDERBUFFER, colour_);
        gl_.renderbuffer_storage(GL_RENDERBUFFER, GL_RGBA8, width, height);
        gl_.framebuffer_renderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                                     colour_);
        complete_ = gl_.check_framebuffer_status(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;
    ~OffscreenTarget() {
        gl_.bind_framebuffer(GL_FRAMEBUFFER, 0);
        gl_.delete_renderbuffers(1, &colour_);
        gl_.delete_framebuffers(1, &framebuffer_);
    }
    bool complete() const { return complete_; }

private:
    const FboFunctions& gl_;
    GLuint framebuffer_ = 0;
    GLuint colour_ = 0;
    bool complete_ = false;
};

// GL rows run bottom-up and PNG rows top-down; the alpha channel is dropped (the kiosk is opaque).
std::vector<unsigned char> read_pixels_top_down(int width, int height) {
    const auto w = static_cast<std::size_t>(width);
    const auto h = static_cast<std::size_t>(height);
    std::vector<unsigned char> rgba(w * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    std::vector<unsigned char> rgb(w * h * 3);
    for (std::size_t y = 0; y < h; ++y) {
        const unsigned char* from = rgba.data() + (h - 1 - y) * w * 4;
        unsigned char* to = rgb.data() + y * w * 3;
        for (std::size_t x = 0; x < w; ++x) {
            to[x * 3 + 0] = from[x * 4 + 0];
            to[x * 3 + 1] = from[x * 4 + 1];
            to[x * 3 + 2] = from[x * 4 + 2];
        }
    }
    return rgb;
}

void draw_frames(KioskApp& app, int width, int height) {
    const ImVec4 clear = app.ui().theme->background;
    for (int frame = 0; frame < kFramesBeforeCapture; ++frame) {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        // The picture is of the requested size whatever the window manager made of the window,
        // and no pointer hovers anything.
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2{static_cast<float>(width), static_cast<float>(height)};
        io.DisplayFramebufferScale = ImVec2{1.0F, 1.0F};
        io.MousePos = ImVec2{-FLT_MAX, -FLT_MAX};
        for (bool& down : io.MouseDown) down = false;
        ImGui::NewFrame();
        app.draw_frame();
        ImGui::Render();
        glViewport(0, 0, width, height);
        glClearColor(clear.x, clear.y, clear.z, 1.0F);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    }
    glFinish();
}

int render_to_png(const ScreenshotOptions& options, const ScreenshotScene& scene, const ScreenshotDemo& demo,
                  store::Database& db, const core::Clock& clock, const Config& config) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Contact Kiosk screenshot",
                                          nullptr, nullptr);
    if (window == nullptr) {
        std::cerr << "The screenshot needs an OpenGL 3.0 display, and none could be opened ("
                  << last_glfw_error() << ").\n";
        return 1;
    }
    glfwMakeContextCurrent(window);

    FboFunctions gl;
    if (!gl.load_all()) {
        std::cerr
            << "The OpenGL driver lacks framebuffer objects, so no screenshot can be taken.\n";
        glfwDestroyWindow(window);
        return 1;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, false);  // no input: nothing to chain
    ImGui_ImplOpenGL3_Init("#version 130");

    int result = 0;
    try {
        ui::UiResources ui = ui::create_ui_resources(
            {options.width, options.height, assets_dir_of(config), options.language});
        AppSetup setup = AppSetup::from_config(db, clock, config);
        setup.language = options.language;
        setup.interpretive_words = {};
        // The scene's name says its face ("staff/board"); the coordinator's scenes sign in themselves.
        setup.face = parse_face(scene.name.substr(0, scene.name.find('/'))).value_or(Face::Family);
        ComposedApp composed{ui, std::move(setup)};
        KioskApp& app = composed.app();
        if (scene.prepare) scene.prepare(app, demo);
        if (scene.prepare_with_store) scene.prepare_with_store(app, db, clock, config.time_zone);

        OffscreenTarget target{gl, options.width, options.height};
        if (!target.complete()) {
            std::cerr << "An off-screen image of " << options.width << "x" << options.height
                      << " pixels could not be made.\n";
            result = 1;
        } else {
            draw_frames(app, options.width, options.height);
            const auto pixels = read_pixels_top_down(options.width, options.height);
            const std::string out = options.out.string();
            if (stbi_write_png(out.c_str(), options.width, options.height, 3, pixels.data(),
                               options.width * 3) == 0) {
                std::cerr << "The screenshot could not be written to " << out << ".\n";
                result = 1;
            }
        }
    } catch (const std::exception& error) {
        std::cerr << error.what() << '\n';
        result = 1;
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    return result;
}

}  // namespace

int take_screenshot(const ScreenshotOptions& options) {
    const ScreenshotScene* scene = find_screenshot_scene(options.screen);
    if (scene == nullptr) {
        std::cerr << "There is no screen called \"" << options.screen
                  << "\"; the screens are: " << known_names() << ".\n";
        return 2;
    }
    if (options.width < 320 || options.height < 240 || options.width > 8192 ||
        options.height > 8192) {
        std::cerr << "The screenshot size must be between 320x240 and 8192x8192 pixels.\n";
        return 2;
    }
    if (options.out.empty()) {
        std::cerr << "The screenshot needs a file to write (--out).\n";
        return 2;
    }
    std::error_code error;
    if (options.out.has_parent_path()) fs::create_directories(options.out.parent_path(), error);
    if (error) {
        std::cerr << "The folder " << options.out.parent_path().string()
                  << " could not be created.\n";
        return 1;
    }

    Config config;
    config.language = options.language;
    const core::Timestamp demo_now =
        core::local_to_utc(kDemoDate, kDemoHour, kDemoMinute, config.time_zone);

    try {
        TempFolder temp;
        store::OpenOptions open;
        open.database_file = temp.path() / "data" / "kiosk.db";
        open.key_file = temp.path() / "key" / "kiosk.key";
        open.now = demo_now;
        store::Database db = store::Database::open(open);
        DemoSeedOptions seed;
        seed.today = demo_now;
        seed.venue_name = config.venue_name;
        seed.time_zone = config.time_zone;
        const ScreenshotDemo demo{seed_demo(db, seed)};
        const core::FixedClock clock{demo_now + scene->later};

        remember_glfw_errors();
        if (glfwInit() == GLFW_FALSE) {
            std::cerr << "The screenshot needs a display, run it under xvfb-run when there is "
                         "none ("
                      << last_glfw_error() << ").\n";
            return 1;
        }
        const int result = render_to_png(options, *scene, demo, db, clock, config);
        glfwTerminate();
        return result;
    } catch (const std::exception& failure) {
        // Store errors are one plain sentence that names files, never personal data.
        std::cerr << "The demo data for the screenshot could not be prepared: " << failure.what()
                  << '\n';
        return 1;
    }
}

}  // namespace kiosk::app
