#pragma once
// The database a benchmark runs on: the large demo dataset when KIOSK_BENCH_DB names one
// (scripts/bench seeds it with --families 100000), otherwise a small one seeded here so the
// benchmarks still run (CI runs them once at this tiny size and asserts no timing).
#include <filesystem>
#include <memory>

#include "kiosk/store/database.hpp"

namespace kiosk::bench {

// The folder of a small database seeded here, removed when the process ends; empty for the
// large dataset, which stays for the next run.
struct TemporaryFolder {
    std::filesystem::path path;
    explicit TemporaryFolder(std::filesystem::path p = {}) : path(std::move(p)) {}
    TemporaryFolder(TemporaryFolder&& other) noexcept : path(std::move(other.path)) { other.path.clear(); }
    TemporaryFolder& operator=(TemporaryFolder&&) = delete;
    ~TemporaryFolder();
};

struct BenchDatabase {
    TemporaryFolder folder;  // first, so it is removed after the database has closed
    std::filesystem::path database_file;
    std::filesystem::path key_file;
    store::Database db;
};

// Opened once per process and shared by the benchmarks.
BenchDatabase& bench_database();

}  // namespace kiosk::bench
