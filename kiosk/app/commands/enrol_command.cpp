#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/enrolment.hpp"
#include "kiosk/app/open_store.hpp"

namespace kiosk::app {

void add_enrol_command(CLI::App& cli, CommandResult& result) {
    auto config_file = std::make_shared<std::string>();
    auto options = std::make_shared<EnrolOptions>();
    auto* command = cli.add_subcommand(
        "enrol", "Enrol this device with the social work team's server using a one-time token "
                 "(writes its keys, token and the server's sealing key into the key directory)");
    command->add_option("--server", options->server_url, "Server address (https://host:port)")->required();
    command->add_option("--token", options->token, "One-time enrolment token from the coordinator")->required();
    command->add_option("--pin-sha256", options->pin_sha256, "Pin of the server's public key (sha256//<base64>)");
    command->add_option("--ca-file", options->ca_file, "CA certificate of the server (PEM)")->check(CLI::ExistingFile);
    command->add_option("--config", *config_file, "Configuration file (TOML)");
    command->callback([config_file, options, &result] {
        const Config config = resolve_config(*config_file);
        const EnrolOutcome outcome = enrol_device(config, *options);
        std::cout << "enrolled as " << outcome.device_id << '\n';
        result.exit_code = 0;
    });
}

}  // namespace kiosk::app
