#include "bench/bench_database.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/open_store.hpp"

namespace kiosk::bench {
namespace fs = std::filesystem;

namespace {
std::unique_ptr<BenchDatabase> open_bench_database() {
    const core::Timestamp today = core::from_unix(1795428300);  // 2026-11-23 10:05 London
    if (const char* large = std::getenv("KIOSK_BENCH_DB"); large != nullptr && *large != '\0') {
        const fs::path file{large};
        const fs::path key = app::key_file_for(file);
        auto db = store::Database::open({.database_file = file, .key_file = key, .create_if_missing = false, .now = today});
        return std::make_unique<BenchDatabase>(BenchDatabase{TemporaryFolder{}, file, key, std::move(db)});
    }
    std::string folder = (fs::temp_directory_path() / "kiosk-bench-XXXXXX").string();
    if (::mkdtemp(folder.data()) == nullptr) throw std::runtime_error("cannot make a benchmark folder");
    const fs::path file = fs::path{folder} / "db" / "bench.db";
    const fs::path key = fs::path{folder} / "keys" / "bench.key";
    auto db = store::Database::open({.database_file = file, .key_file = key, .now = today});
    app::DemoSeedOptions seed;
    seed.families = 60;
    seed.days = 70;
    seed.today = today;
    app::seed_demo(db, seed);
    return std::make_unique<BenchDatabase>(BenchDatabase{TemporaryFolder{fs::path{folder}}, file, key, std::move(db)});
}
}  // namespace

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;
    if (!path.empty()) fs::remove_all(path, ignored);
}

BenchDatabase& bench_database() {
    static const std::unique_ptr<BenchDatabase> instance = open_bench_database();
    return *instance;
}

}  // namespace kiosk::bench
