#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "kiosk/app/app_context.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/holiday_file.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/app/shell/window.hpp"

namespace kiosk::app {

struct DemoOptions {
    std::string database_file = "demo-data/db/kiosk.db";
    std::string face;
    bool fullscreen = false;
};

void add_demo_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<DemoOptions>();
    auto* demo = cli.add_subcommand("demo", "Seed the demo database if it is absent, then open the window on it");
    demo->add_option("--db", options->database_file, "Demo database file (its key goes in keys/ beside it)")
        ->capture_default_str();
    demo->add_option("--face", options->face, "Which face to open")
        ->check(CLI::IsMember({"family", "staff", "coordinator"}));
    demo->add_flag("--fullscreen", options->fullscreen, "Fill the whole screen");
    demo->callback([options, &result] {
        Config config = demo_config(".");
        config.database_file = options->database_file;
        config.key_file = key_file_for(config.database_file);
        // Pages for families go beside the demo's data, as the example configuration puts them.
        config.family_pages = config.database_file.parent_path().parent_path() / "family-pages";
        if (!options->face.empty()) config.face = options->face;
        config.fullscreen = options->fullscreen;
        const SystemClock clock;
        store::Database db = open_store(config, clock.now());
        install_holidays(db, config, clock.now());
        if (!has_demo_data(db)) {
            DemoSeedOptions seed;
            seed.today = clock.now();
            const auto seeded = seed_demo(db, seed);
            std::cout << "Seeded the demo database with " << seeded.sessions << " sessions. Today's visit codes:\n";
            for (const auto& visit : seeded.todays_visits) {
                std::cout << "  " << visit.visit_code << "  " << visit.starts_local << "  " << visit.room << '\n';
            }
            std::cout << "Staff PIN for every demo worker: " << kDemoStaffPin << std::endl;  // before the window takes over
        }
        AppContext context{config, db, clock};
        result.exit_code = run_window(context);
    });
}

}  // namespace kiosk::app
