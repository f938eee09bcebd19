// Nothing clipped (issue #15, item 3): every named screen of every face (the screenshot
// command's scenes, on the same demo morning) is drawn at 1280x800 and 1920x1080 in every
// language, and no text may be drawn wider than the box it sits in. How a cut is seen is in
// tests/harness/clip_check.hpp.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <memory>
#include <optional>

#include "kiosk/app/config.hpp"
#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/shell/screenshot_scenes.hpp"
#include "kiosk/app/venue_info.hpp"
#include "tests/harness/clip_check.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// As the screenshot command: frames enough for focus, the keyboard and scrolling to settle.
constexpr int kFramesBeforeLooking = 6;

// The demo database is seeded once (hashing the demo PIN is slow on purpose) and copied for
// each scene, since scenes change what they find.
class DemoTemplate {
public:
    DemoTemplate() {
        store::Database db = open(dir_);
        app::DemoSeedOptions seed;
        seed.today = testing::kDemoNow;
        seed.venue_name = app::Config{}.venue_name;
        seed.time_zone = app::Config{}.time_zone;
        seeded_ = app::seed_demo(db, seed);
    }
    static store::Database open(const testing::TempDir& dir) {
        return store::Database::open(
            {.database_file = dir / "data/kiosk.db", .key_file = dir / "keys/kiosk.key", .now = testing::kDemoNow});
    }
    // A fresh copy of the seeded database in `dir`.
    store::Database copy_to(const testing::TempDir& dir) const {
        fs::copy(dir_.path(), dir.path(), fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        return open(dir);
    }
    const app::DemoSeedResult& seeded() const { return seeded_; }

private:
    testing::TempDir dir_;
    app::DemoSeedResult seeded_;
};

const DemoTemplate& demo_template() {
    static const DemoTemplate demo;
    return demo;
}

// Draws one scene and returns what was cut.
std::vector<testing::ClippedText> clipped_in(const app::ScreenshotScene& scene, int width, int height,
                                              const std::string& language) {
    testing::TempDir dir;
    store::Database db = demo_template().copy_to(dir);
    app::Config config;
    config.language = language;
    const core::FixedClock clock{testing::kDemoNow + scene.later};
    testing::UiHarness h{width, height, language};
    app::AppSetup setup = app::AppSetup::from_config(db, clock, config);
    setup.face = app::parse_face(scene.name.substr(0, scene.name.find('/'))).value_or(app::Face::Family);
    app::ComposedApp composed{h.ui(), std::move(setup)};
    app::KioskApp& app = composed.app();
    if (scene.prepare) scene.prepare(app, app::ScreenshotDemo{demo_template().seeded()});
    if (scene.prepare_with_store) scene.prepare_with_store(app, db, clock, config.time_zone);
    const testing::UiHarness::DrawFn draw = [&] { app.draw_frame(); };
    for (int i = 0; i < kFramesBeforeLooking; ++i) h.frame(draw);
    std::vector<testing::ClippedText> found = testing::clipped_glyphs();
    for (auto& item : testing::clipped_items(h.items())) found.push_back(std::move(item));
    return found;
}

void check_every_screen(const std::string& language) {
    for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{1920, 1080}}) {
        for (const app::ScreenshotScene& scene : app::screenshot_scenes()) {
            const auto found = clipped_in(scene, width, height, language);
            INFO(scene.name << " at " << width << "x" << height << " in " << language << ":\n"
                            << testing::describe(found));
            CHECK(found.empty());
        }
    }
}

}  // namespace

TEST_CASE("no screen cuts off any text in English at 1280x800 and 1920x1080") { check_every_screen("en"); }
TEST_CASE("no screen cuts off any text in Spanish at 1280x800 and 1920x1080") { check_every_screen("es"); }
TEST_CASE("no screen cuts off any text in Polish at 1280x800 and 1920x1080") { check_every_screen("pl"); }
