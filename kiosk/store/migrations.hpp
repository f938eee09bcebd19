#pragma once
// Numbered, forward-only schema migrations. Each runs in one transaction that also sets
// PRAGMA user_version and appends an audit row, so a crash leaves the old version intact.
#include <span>
#include <string_view>

#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

std::span<const Migration> all_migrations();
int latest_schema_version();

// Brings the database to the latest version. Throws StoreError(NewerSchema) when the file was
// written by a newer build, leaving it untouched.
void migrate_to_latest(Database& db, core::Timestamp now);
// Brings the database up to `version` exactly (tests use it to build every earlier version).
void migrate_to(Database& db, int version, core::Timestamp now);

}  // namespace kiosk::store
