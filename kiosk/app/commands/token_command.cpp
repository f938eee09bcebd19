#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/sync/sync_token.hpp"

namespace kiosk::app {

void add_token_command(CLI::App& cli, CommandResult& result) {
    auto* token = cli.add_subcommand("token", "Work with this device's bearer token for the sync server");
    token->require_subcommand(1);
    auto config_file = std::make_shared<std::string>();
    auto* rotate = token->add_subcommand(
        "rotate", "Ask the server for a new bearer token and retire the old one (a full sync also does this once "
                  "the token is 30 days old)");
    rotate->add_option("--config", *config_file, "Configuration file (TOML)");
    rotate->callback([config_file, &result] {
        rotate_device_token(resolve_config(*config_file));
        // Never the token itself: only that it changed.
        std::cout << "the device's token was replaced; the old one no longer works\n";
        result.exit_code = 0;
    });
}

}  // namespace kiosk::app
