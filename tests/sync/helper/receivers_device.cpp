// One device of the receivers' load test (tests/sync/receivers_load_test.cpp): an enrolled
// device's real sync, run again and again until its outbox is empty, each run through the next
// receiver in turn, as a load balancer would spread a device's connections. Each run is cut
// short once SLICE_MS have passed and it has delivered a batch (cancelled, as the window cancels
// a sync; never before its first batch, so a slow machine still makes progress), so a device keeps going back
// to both receivers for as long as it has records, and a batch whose answer the cut lost is
// found already stored by the next run. A run that fails
// (its receiver was SIGKILLed mid-batch) leaves records queued; the next run takes them, as the
// window's sync worker does after any failure (kiosk/app/sync/sync_worker.cpp backs off and tries
// again whatever the problem). A TLS handshake cut by the receiver's death is reported by
// libcurl as CURLE_SSL_CONNECT_ERROR, which the device counts as a configuration problem: it is
// counted here ("handshakes cut") and tried again like any other failure.
//   receivers_device CONFIG.toml URL,URL... BATCH_RECORDS DEADLINE_SECONDS SLICE_MS
// Prints "runs R sent S already_there A rejected J failed F handshakes cut H" and exits 0 when
// nothing is left queued, 2 at the deadline with records still queued.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/app/system_clock.hpp"

int main(int argc, char** argv) {
    if (argc != 6) {
        std::cerr << "usage: receivers_device CONFIG.toml URL,URL... BATCH_RECORDS DEADLINE_SECONDS SLICE_MS\n";
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
        const std::chrono::milliseconds slice{std::stoi(argv[5])};
        std::int64_t sent = 0;
        std::int64_t already = 0;
        std::int64_t rejected = 0;
        int failed = 0;
        int configuration = 0;
        for (std::size_t run = 0;; ++run) {
            config.server_url = urls.at(run % urls.size());
            kiosk::app::SyncProgressBoard board;
            std::atomic<bool> cancel{false};
            std::mutex mutex;
            std::condition_variable done;
            bool finished = false;
            const auto run_started = std::chrono::steady_clock::now();
            std::thread cutter([&] {
                std::unique_lock lock(mutex);
                while (!done.wait_for(lock, std::chrono::milliseconds{50}, [&] { return finished; })) {
                    if (std::chrono::steady_clock::now() - run_started >= slice && board.snapshot().records_done > 0) {
                        cancel = true;
                        return;
                    }
                }
            });
            const auto summary = kiosk::app::sync_once(config, clock, board, options, &cancel, tuning);
            {
                const std::lock_guard lock(mutex);
                finished = true;
            }
            done.notify_one();
            cutter.join();
            sent += summary.sent;
            already += summary.already_there;
            rejected += summary.rejected;
            if (summary.still_queued == 0 && summary.problem.empty()) {
                std::cout << "runs " << run + 1 << " sent " << sent << " already_there " << already << " rejected "
                          << rejected << " failed " << failed << " handshakes cut " << configuration << '\n';
                return 0;
            }
            if (!cancel) ++failed;
            if (summary.configuration_problem && !cancel) ++configuration;
            if (std::chrono::steady_clock::now() > deadline) {
                std::cout << "runs " << run + 1 << " still queued " << summary.still_queued << ": " << summary.problem
                          << '\n';
                return 2;
            }
            if (!cancel) std::this_thread::sleep_for(std::chrono::milliseconds{100});
        }
    } catch (const std::exception& error) {
        std::cerr << "receivers_device: " << error.what() << '\n';
        return 1;
    }
}
