#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/app/system_clock.hpp"

namespace kiosk::app {
namespace {

std::string progress_line(const SyncProgress& p) {
    std::ostringstream out;
    out << "\rsync: " << p.step << ' ' << p.records_done << '/' << p.records_total << " records, "
        << p.bytes_sent / 1024 << " KiB, " << static_cast<long long>(p.records_per_second) << " records/s   ";
    return out.str();
}

}  // namespace

void add_sync_command(CLI::App& cli, CommandResult& result) {
    auto config_file = std::make_shared<std::string>();
    auto* command = cli.add_subcommand(
        "sync", "Send every queued record to the social work team's server and receive changes, then exit "
                "(0: nothing left queued, 2: some records stay queued, 3: configuration or TLS problem)");
    command->add_option("--config", *config_file, "Configuration file (TOML)");
    command->callback([config_file, &result] {
        const Config config = resolve_config(*config_file);
        const SystemClock clock;
        SyncProgressBoard board;
        // Progress goes to stderr so that stdout holds only the summary line.
        board.set_listener([](const SyncProgress& p) { std::cerr << progress_line(p) << std::flush; });
        // On a coordinator's device enrolled at a venue hub the hub is asked to send on upstream too,
        // as the Sync button does.
        SyncOptions options;
        options.forward_upstream = true;
        const SyncSummary summary = sync_once(config, clock, board, options);
        std::cerr << '\n';
        if (summary.hub) {
            const HubForwarding& h = *summary.hub;
            std::cerr << "venue hub: " << (h.finished ? "sent upstream " : "still sending, sent upstream so far ")
                      << h.forwarded << ", refused " << h.rejected << ", waiting at the hub " << h.queued;
            if (!h.problem.empty()) std::cerr << "; " << h.problem;
            std::cerr << '\n';
        }
        for (const auto& r : summary.rejections) {
            std::cerr << "rejected " << (r.kind.empty() ? "record" : r.kind) << ' ' << r.uuid << ": " << r.reason
                      << '\n';
        }
        if (!summary.problem.empty()) std::cerr << "contact-kiosk: " << summary.problem << '\n';
        std::cout << summary_line(summary) << std::endl;
        if (summary.configuration_problem) {
            result.exit_code = kSyncExitConfiguration;
        } else {
            // A pull that stopped early also means "run me again", like records still queued.
            result.exit_code = summary.still_queued > 0 || !summary.problem.empty() ? kSyncExitStillQueued : kSyncExitDone;
        }
    });
}

}  // namespace kiosk::app
