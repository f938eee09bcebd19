// One device of the receivers' load test (tests/sync/receivers_load_test.cpp): an enrolled
// device's real sync, run again and again until its outbox is empty, each run through the next
// receiver in turn, as a load balancer would spread a device's connections. A run that fails
// (its receiver was SIGKILLed mid-batch) leaves records queued; the next run takes them.
//   receivers_device CONFIG.toml URL,URL... BATCH_RECORDS DEADLINE_SECONDS
// Prints "runs R sent S already_there A rejected J" and exits 0 when nothing is left queued,
// 2 at the deadline with records still queued, 1 on a configuration problem.
#include <chrono>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync_once.hpp"
#include "kiosk/app/system_clock.hpp"

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: receivers_device CONFIG.toml URL,URL... BATCH_RECORDS DEADLINE_SECONDS\n";
        return 64;
    }
    try {
        auto config = kiosk::app::load_config(argv[1]);
        std::vector<std::string> urls;
        std::istringstream list(argv[2]);
        for (std::string url; std::getline(list, url, ',');) urls.push_back(url);
        const kiosk::app::SystemClock clock;
        kiosk::app::SyncOptions options;
        options.max_batch_records = std::stoi(argv[3]);
        options.pull = false;
        // Quick to give up on a receiver that is down: the next run goes to the other one.
        kiosk::app::SyncTuning tuning;
        tuning.timeouts.connect = std::chrono::milliseconds{2000};
        tuning.timeouts.total = std::chrono::seconds{30};
        tuning.backoff.base = std::chrono::milliseconds{50};
        tuning.backoff.cap = std::chrono::milliseconds{400};
        tuning.backoff.max_attempts = 3;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{std::stoi(argv[4])};
        std::int64_t sent = 0;
        std::int64_t already = 0;
        std::int64_t rejected = 0;
        for (std::size_t run = 0;; ++run) {
            config.server_url = urls.at(run % urls.size());
            kiosk::app::SyncProgressBoard board;
            const auto summary = kiosk::app::sync_once(config, clock, board, options, nullptr, tuning);
            sent += summary.sent;
            already += summary.already_there;
            rejected += summary.rejected;
            if (summary.configuration_problem) {
                std::cerr << "receivers_device: " << summary.problem << '\n';
                return 1;
            }
            if (summary.still_queued == 0 && summary.problem.empty()) {
                std::cout << "runs " << run + 1 << " sent " << sent << " already_there " << already << " rejected "
                          << rejected << '\n';
                return 0;
            }
            if (std::chrono::steady_clock::now() > deadline) {
                std::cout << "runs " << run + 1 << " still queued " << summary.still_queued << ": " << summary.problem
                          << '\n';
                return 2;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{100});
        }
    } catch (const std::exception& error) {
        std::cerr << "receivers_device: " << error.what() << '\n';
        return 1;
    }
}
