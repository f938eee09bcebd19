#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"

namespace kiosk::app {
namespace {

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
        text.pop_back();
    }
    const auto start = text.find_first_not_of(" \t");
    return start == std::string::npos ? std::string{} : text.substr(start);
}

// The one-time token never comes from the command line, where every user can read it in
// /proc/PID/cmdline and the shell keeps it in its history: it comes from a file only its
// owner can read, or from standard input (`contact-kiosk enrol ... < token-file`).
std::string read_enrolment_token(const std::string& token_file) {
    std::string token;
    if (!token_file.empty()) {
        token = trimmed(read_private_file(token_file));
    } else {
        std::getline(std::cin, token);
        token = trimmed(token);
    }
    if (token.empty() || token.find_first_of(" \t\r\n") != std::string::npos) {
        throw CommandError("no enrolment token: give it on standard input or in a file with --token-file",
                           kSyncExitConfiguration);
    }
    return token;
}

}  // namespace

void add_enrol_command(CLI::App& cli, CommandResult& result) {
    auto config_file = std::make_shared<std::string>();
    auto token_file = std::make_shared<std::string>();
    auto token_on_command_line = std::make_shared<std::string>();
    auto options = std::make_shared<EnrolOptions>();
    auto* command = cli.add_subcommand(
        "enrol", "Enrol this device with the social work team's server using a one-time token read from "
                 "standard input or --token-file (writes its keys, token and the server's sealing key into the "
                 "key directory)");
    command->add_option("--server", options->server_url, "Server address (https://host:port)")->required();
    command->add_option("--token-file", *token_file,
                        "File holding the one-time enrolment token (mode 0600); without it the token is read "
                        "from standard input");
    // Kept only to say why it is refused, rather than CLI11's "unknown option".
    command->add_option("--token", *token_on_command_line)->group("");
    command->add_option("--pin-sha256", options->pin_sha256, "Pin of the server's public key (sha256//<base64>)");
    command->add_option("--ca-file", options->ca_file, "CA certificate of the server (PEM)")->check(CLI::ExistingFile);
    command->add_option("--config", *config_file, "Configuration file (TOML)");
    command->callback([config_file, token_file, token_on_command_line, options, &result] {
        if (!token_on_command_line->empty()) {
            throw CommandError("the enrolment token is not taken on the command line, where other users and the "
                               "shell history can read it: give it on standard input or with --token-file",
                               kSyncExitConfiguration);
        }
        const Config config = resolve_config(*config_file);
        EnrolOptions with_token = *options;
        with_token.token = read_enrolment_token(*token_file);
        const EnrolOutcome outcome = enrol_device(config, with_token);
        std::cout << "enrolled as " << outcome.device_id << " (" << outcome.role << ", venue " << outcome.venue_id
                  << ")\n";
        result.exit_code = 0;
    });
}

}  // namespace kiosk::app
