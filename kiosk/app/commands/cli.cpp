#include "kiosk/app/commands/cli.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/shell/process_hardening.hpp"
#include "kiosk/log/journal_stream.hpp"
#include "kiosk/log/log.hpp"

namespace kiosk::app {
namespace {

// One sentence for a person; under systemd the same sentence as an error line of the journal.
void report_error(const char* what) {
    const std::string sentence = std::string{"contact-kiosk: "} + what;
    if (log::stderr_is_journal()) {
        log::error(sentence);
    } else {
        std::cerr << sentence << '\n';
    }
}

}  // namespace

int run_cli(int argc, char** argv) {
    // A core dump would hold decrypted records and the database key: refuse to make one.
    harden_process();
    CLI::App cli{"Contact Kiosk: check-in, observation records and sync for a family contact centre",
                 "contact-kiosk"};
    cli.require_subcommand(1);
    cli.set_version_flag("--version", std::string{"contact-kiosk "} + KIOSK_VERSION);
    CommandResult result;
    add_run_command(cli, result);
    add_demo_command(cli, result);
    add_demo_seed_command(cli, result);
    add_demo_feed_command(cli, result);
    add_screenshot_command(cli, result);
    add_audit_command(cli, result);
    add_db_command(cli, result);
    add_sync_command(cli, result);
    add_agreement_command(cli, result);
    add_enrol_command(cli, result);
    add_outbox_command(cli, result);
    add_token_command(cli, result);
    add_doctor_command(cli, result);
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return cli.exit(error);
    } catch (const CommandError& error) {
        report_error(error.what());
        return error.exit_code();
    } catch (const std::exception& error) {
        report_error(error.what());
        return 1;
    }
    return result.exit_code;
}

}  // namespace kiosk::app
