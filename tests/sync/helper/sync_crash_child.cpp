// The process the crash test kills: a real sync of the configured device, in small batches
// so that a SIGKILL lands between, inside and after batches.
//   sync_crash_child CONFIG.toml BATCH_RECORDS
#include <iostream>
#include <string>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/app/system_clock.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: sync_crash_child CONFIG.toml BATCH_RECORDS\n";
        return 64;
    }
    try {
        const auto config = kiosk::app::load_config(argv[1]);
        const kiosk::app::SystemClock clock;
        kiosk::app::SyncProgressBoard board;
        kiosk::app::SyncOptions options;
        options.max_batch_records = std::stoi(argv[2]);
        options.pull = false;
        const auto summary = kiosk::app::sync_once(config, clock, board, options);
        std::cout << kiosk::app::summary_line(summary) << '\n';
        return summary.still_queued == 0 ? 0 : 2;
    } catch (const std::exception& error) {
        std::cerr << "sync_crash_child: " << error.what() << '\n';
        return 1;
    }
}
