#pragma once
// PostgreSQL schema migrations: numbered, forward-only, each in its own file (pg_schema_vN.hpp)
// and one line here, like the device's (kiosk/store/migrations). Every receiver and every
// command applies what is missing when it opens the database, inside one transaction under an
// advisory lock, so receivers started together migrate once; schema_migrations lists what was
// applied. A database migrated by a newer server (a version not listed here) is refused.
#include <array>

#include "sync/server/postgres/pg_schema_v1.hpp"
#include "sync/server/postgres/pg_schema_v2.hpp"

namespace kiosk::sync::server::pg {

struct Migration {
    int version;
    const char* sql;
};

inline constexpr std::array<Migration, 2> kMigrations{{
    {1, kSchemaV1},
    {2, kSchemaV2},
}};

}  // namespace kiosk::sync::server::pg
