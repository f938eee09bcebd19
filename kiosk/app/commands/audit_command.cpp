#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/store/audit_log.hpp"

namespace kiosk::app {

void add_audit_command(CLI::App& cli, CommandResult& result) {
    auto config_file = std::make_shared<std::string>();
    auto* audit = cli.add_subcommand("audit", "Work with the tamper-evident audit chain");
    audit->require_subcommand(1);
    auto* verify = audit->add_subcommand("verify", "Walk the audit chain; exit 0 when whole, 1 naming the first bad row");
    verify->add_option("--config", *config_file, "Configuration file (TOML)")->check(CLI::ExistingFile);
    verify->callback([config_file, &result] {
        const Config config = resolve_config(*config_file);
        const SystemClock clock;
        store::Database db = open_store(config, clock.now(), false);
        const auto check = store::AuditLog::verify(db);
        if (check.whole) {
            std::cout << "audit chain whole: " << check.rows << " rows, head " << store::AuditLog::head(db) << '\n';
            result.exit_code = 0;
        } else {
            std::cerr << "contact-kiosk: the audit chain is broken at row " << check.first_bad_seq
                      << ": it, or a row before it, was changed, removed or reordered\n";
            result.exit_code = 1;
        }
    });
}

}  // namespace kiosk::app
