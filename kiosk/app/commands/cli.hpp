#pragma once
namespace kiosk::app {
// Parses the command line (CLI11) and runs the subcommand. Returns the exit code.
int run_cli(int argc, char** argv);
}  // namespace kiosk::app
