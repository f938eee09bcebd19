#pragma once
// Per-operation latencies for benchmarks whose targets are percentiles (p99), which Google
// Benchmark's own statistics (over repetitions) cannot give.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace kiosk::bench {

class Latencies {
public:
    template <class Operation>
    void time(Operation&& operation) {
        const auto start = std::chrono::steady_clock::now();
        operation();
        samples_.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }

    void record(double microseconds) { samples_.push_back(microseconds); }

    // Adds p50 and p99 (microseconds) to the benchmark's counters.
    void report(benchmark::State& state) {
        if (samples_.empty()) return;
        std::sort(samples_.begin(), samples_.end());
        const auto at = [&](double q) {
            const auto index = static_cast<std::size_t>(q * static_cast<double>(samples_.size() - 1));
            return samples_[index];
        };
        state.counters["p50_us"] = at(0.50);
        state.counters["p99_us"] = at(0.99);
        state.counters["max_us"] = samples_.back();
    }

private:
    std::vector<double> samples_;
};

}  // namespace kiosk::bench
