// Target: visit-code lookup on the large database, p99 under 1 ms.
#include <benchmark/benchmark.h>

#include "bench/bench_database.hpp"
#include "bench/latency.hpp"
#include "kiosk/store/session_repository.hpp"

namespace kiosk::bench {

static void BM_VisitCodeLookup(benchmark::State& state) {
    store::Database& db = bench_database().db;
    store::SessionRepository sessions(db);
    const auto codes = sessions.sample_visit_codes(1000);
    if (codes.empty()) {
        state.SkipWithError("no sessions in the benchmark database");
        return;
    }
    Latencies latencies;
    std::size_t next = 0;
    for (auto _ : state) {
        latencies.time([&] {
            auto found = sessions.find_by_visit_code(codes[next++ % codes.size()]);
            benchmark::DoNotOptimize(found);
        });
    }
    latencies.report(state);
}
BENCHMARK(BM_VisitCodeLookup);

static void BM_UnknownVisitCodeLookup(benchmark::State& state) {
    store::SessionRepository sessions(bench_database().db);
    Latencies latencies;
    for (auto _ : state) {
        latencies.time([&] {
            auto found = sessions.find_by_visit_code("AAAAAA");
            benchmark::DoNotOptimize(found);
        });
    }
    latencies.report(state);
}
BENCHMARK(BM_UnknownVisitCodeLookup);

}  // namespace kiosk::bench
