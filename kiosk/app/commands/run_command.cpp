#include <CLI/CLI.hpp>

#include <memory>

#include "kiosk/app/app_context.hpp"
#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/holiday_file.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/app/shell/window.hpp"
#include "kiosk/log/log.hpp"

namespace kiosk::app {
namespace {

// What an administrator reading `journalctl -u contact-kiosk-session` needs to know first:
// which configuration this kiosk runs on and why that one.
std::string configuration_words(const std::string& config_option) {
    const ConfigChoice choice = choose_config(config_option);
    switch (choice.origin) {
        case ConfigOrigin::CommandLine: return "configuration " + choice.file.string() + " (--config)";
        case ConfigOrigin::System: return "configuration " + choice.file.string();
        case ConfigOrigin::BuiltIn: break;
    }
    return "built-in configuration (no --config and no " + system_config_file().string() + ")";
}

}  // namespace

struct RunOptions {
    std::string config_file;
    bool fullscreen = false;
    std::string face;
    int exit_after_frames = 0;
};

void add_run_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<RunOptions>();
    auto* run = cli.add_subcommand("run", "Open the kiosk window on the configured database");
    run->add_option("--config", options->config_file, "Configuration file (TOML)")->check(CLI::ExistingFile);
    run->add_flag("--fullscreen", options->fullscreen, "Fill the whole screen");
    run->add_option("--face", options->face, "Which face to open")
        ->check(CLI::IsMember({"family", "staff", "coordinator"}));
    run->add_option("--exit-after-frames", options->exit_after_frames,
                    "For benchmarks: close after N frames and report the time to the first frame")
        ->check(CLI::Range(1, 1'000'000));
    run->callback([options, &result] {
        Config config = resolve_config(options->config_file);
        if (options->fullscreen) config.fullscreen = true;
        if (!options->face.empty()) config.face = options->face;
        config.exit_after_frames = options->exit_after_frames;
        log::notice(std::string{"contact-kiosk "} + KIOSK_VERSION + " starting, " + configuration_words(options->config_file) +
                    ", " + config.face + " face");
        const SystemClock clock;
        store::Database db = open_store(config, clock.now());
        log::info("database opened: " + config.database_file.string() + ", schema version " +
                  std::to_string(db.schema_version()));
        install_holidays(db, config, clock.now());
        AppContext context{config, db, clock};
        result.exit_code = run_window(context);
        log::notice("contact-kiosk stopped, exit code " + std::to_string(result.exit_code));
    });
}

}  // namespace kiosk::app
