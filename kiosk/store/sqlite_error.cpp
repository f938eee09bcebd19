#include "kiosk/store/sqlite_error.hpp"

#include <sqlcipher/sqlite3.h>

#include <string>

#include "kiosk/store/store_error.hpp"

namespace kiosk::store {

void throw_sqlite_error(sqlite3* db, int code) {
    const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    switch (code & 0xFF) {
        case SQLITE_NOTADB:
            throw StoreError(StoreErrorKind::WrongKey,
                             "the key does not open this database, or the file is not a database");
        case SQLITE_CORRUPT:
            throw StoreError(StoreErrorKind::Corrupt, "the database file is damaged: " + detail);
        case SQLITE_CONSTRAINT:
            throw StoreError(StoreErrorKind::Refused, detail);
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
            throw StoreError(StoreErrorKind::Unwritable, "the database cannot be written: " + detail);
        case SQLITE_FULL:
            throw StoreError(StoreErrorKind::Unwritable, "the disk is full; nothing was saved");
        default:
            throw StoreError(StoreErrorKind::Io, "database error: " + detail);
    }
}

}  // namespace kiosk::store
