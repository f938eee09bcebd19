#include "sync/server/open_storage.hpp"

#include "sync/server/postgres/pg_storage.hpp"
#include "sync/server/sqlite_storage.hpp"

namespace kiosk::sync::server {

bool is_postgresql_url(const std::string& location) {
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::unique_ptr<ReceiverStorage> open_storage(const std::string& location, std::size_t connections) {
    if (is_postgresql_url(location)) return std::make_unique<PostgresStorage>(location, connections);
    return std::make_unique<SqliteStorage>(location);
}

std::string describe_storage(const std::string& location) {
    if (is_postgresql_url(location)) return "PostgreSQL " + pg::describe_url(location);
    return "SQLite " + location;
}

}  // namespace kiosk::sync::server
