#pragma once
// Which storage a receiver runs on, from what `--db` or `[storage]` names (issue #14):
//   postgresql://... or postgres://...   PostgresStorage (libpq's URL: user, host, port,
//                                        database, sslmode ...; a password belongs in a pgpass
//                                        file, not in the URL)
//   anything else                        a SQLite file, SqliteStorage
#include <cstddef>
#include <memory>
#include <string>

#include "sync/server/receiver_storage.hpp"

namespace kiosk::sync::server {

bool is_postgresql_url(const std::string& location);

// `connections`: how many PostgreSQL connections the process may hold (one per worker thread);
// SQLite always has one.
std::unique_ptr<ReceiverStorage> open_storage(const std::string& location, std::size_t connections = 1);

// What a log line may say about the storage: "SQLite FILE" or "PostgreSQL HOST:PORT/DATABASE",
// never a password.
std::string describe_storage(const std::string& location);

}  // namespace kiosk::sync::server
