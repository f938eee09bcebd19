#pragma once
// The database a benchmark runs on: the large demo dataset when KIOSK_BENCH_DB names one
// (scripts/bench seeds it with --families 100000), otherwise a small one seeded here so the
// benchmarks still run (CI runs them once at this tiny size and asserts no timing).
#include <filesystem>
#include <memory>

#include "kiosk/store/database.hpp"

namespace kiosk::bench {

struct BenchDatabase {
    std::filesystem::path database_file;
    std::filesystem::path key_file;
    store::Database db;
};

// Opened once per process and shared by the benchmarks.
BenchDatabase& bench_database();

}  // namespace kiosk::bench
