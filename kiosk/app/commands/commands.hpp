#pragma once
// Each subcommand lives in its own file and registers itself on the CLI11 app. The callback
// runs during parsing and sets the exit code here.
namespace CLI {
class App;
}

namespace kiosk::app {

struct CommandResult {
    int exit_code = 0;
};

void add_run_command(CLI::App& cli, CommandResult& result);
void add_demo_command(CLI::App& cli, CommandResult& result);
void add_demo_seed_command(CLI::App& cli, CommandResult& result);
void add_demo_feed_command(CLI::App& cli, CommandResult& result);
void add_screenshot_command(CLI::App& cli, CommandResult& result);
void add_audit_command(CLI::App& cli, CommandResult& result);
void add_db_command(CLI::App& cli, CommandResult& result);
void add_sync_command(CLI::App& cli, CommandResult& result);
void add_agreement_command(CLI::App& cli, CommandResult& result);
void add_enrol_command(CLI::App& cli, CommandResult& result);
void add_outbox_command(CLI::App& cli, CommandResult& result);
void add_token_command(CLI::App& cli, CommandResult& result);
void add_doctor_command(CLI::App& cli, CommandResult& result);

}  // namespace kiosk::app
