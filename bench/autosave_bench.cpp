// Target: one durable autosave of a record edit (synchronous=FULL), p99 under 10 ms.
#include <benchmark/benchmark.h>

#include "bench/bench_database.hpp"
#include "bench/latency.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::bench {

static void BM_DurableAutosave(benchmark::State& state) {
    store::Database& db = bench_database().db;
    store::RecordRepository records(db);
    store::SessionRepository sessions(db);
    const core::Timestamp now = core::from_unix(1795428300);
    const auto today = sessions.starting_between(now - std::chrono::hours{12}, now + std::chrono::hours{12});
    if (today.empty()) {
        state.SkipWithError("no session today in the benchmark database");
        return;
    }
    core::Id record = 0;
    if (auto existing = records.for_session(today.back().id)) {
        record = existing->id;
    } else {
        store::WriteTransaction tx(db, "staff:1", now);
        record = records.create_draft(tx, today.back().id, today.back().worker_id != 0 ? today.back().worker_id : 1);
        tx.commit();
    }
    std::string text = "Mum and Leo built a tower together; Leo laughed when it fell.";
    Latencies latencies;
    for (auto _ : state) {
        text.push_back('.');
        latencies.time([&] {
            store::WriteTransaction tx(db, "staff:1", now);
            records.save_section(tx, record, core::RecordSection::Interaction, text);
            tx.commit();
        });
    }
    latencies.report(state);
}
BENCHMARK(BM_DurableAutosave)->Iterations(200);

}  // namespace kiosk::bench
