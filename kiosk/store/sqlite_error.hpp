#pragma once
// Turns an SQLite result code into a StoreError of the right kind.
struct sqlite3;

namespace kiosk::store {
[[noreturn]] void throw_sqlite_error(sqlite3* db, int code);
}  // namespace kiosk::store
