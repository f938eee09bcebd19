#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/commands/doctor.hpp"
#include "kiosk/app/system_clock.hpp"

namespace kiosk::app {

void add_doctor_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<DoctorOptions>();
    auto* command = cli.add_subcommand(
        "doctor", "Check this install (configuration, key and folder permissions, database, clock, time zone, "
                  "sync server over TLS, display, assets and fonts); one line per check with what to fix. "
                  "Exit 0 only when everything is right. Run it as the kiosk's user.");
    command->add_option("--config", options->config_option,
                        "Configuration file (TOML; default /etc/contact-kiosk/kiosk.toml when it exists)");
    command->add_option("--timeout", options->server_timeout, "Seconds to wait for the sync server")
        ->check(CLI::Range(1, 300));
    command->callback([options, &result] {
        const SystemClock clock;
        const auto checks = run_doctor(*options, clock);
        int problems = 0;
        for (const auto& check : checks) {
            std::cout << format_check(check) << '\n';
            if (check.status != CheckStatus::Ok) ++problems;
        }
        if (problems == 0) {
            std::cout << "doctor: all " << checks.size() << " checks passed\n";
        } else {
            std::cout << "doctor: " << problems << " of " << checks.size() << " checks did not pass\n";
        }
        std::cout.flush();
        result.exit_code = problems == 0 ? 0 : 1;
    });
}

}  // namespace kiosk::app
