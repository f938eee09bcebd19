#pragma once
// A fresh encrypted database in its own folder, for store and app tests.
#include <filesystem>

#include "kiosk/core/time.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "tests/support/temp_dir.hpp"

namespace kiosk::testing {

// 2026-11-23 10:05 in London (UTC in winter): a Monday, the demo's "today".
inline const core::Timestamp kDemoNow = core::from_unix(1795428300);

struct TestStore {
    TempDir dir;
    std::filesystem::path database_file = dir / "data/kiosk.db";
    std::filesystem::path key_file = dir / "keys/kiosk.key";
    store::Database db = open();

    store::Database open() const {
        return store::Database::open({.database_file = database_file, .key_file = key_file, .now = kDemoNow});
    }
};

// Runs SQL straight at the database (as an insider would) and says how it was refused;
// StoreErrorKind::Io when it was not refused at all.
store::StoreErrorKind raw_sql_error(store::Database& db, const std::string& sql);

// Whole-file contents, for "this text is not in the file" checks.
std::string read_file_bytes(const std::filesystem::path& file);

}  // namespace kiosk::testing
