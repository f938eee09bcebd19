#pragma once
// Errors from the store carry a kind the caller can act on and one plain sentence for people.
// The sentence names files and settings, never personal data.
#include <stdexcept>
#include <string>

namespace kiosk::store {

enum class StoreErrorKind {
    MissingKey,       // a database exists but its key file does not
    WrongKey,         // the key does not open the database (or it is not a database at all)
    BadKeyFile,       // unreadable, malformed or too widely readable key file
    NewerSchema,      // written by a newer build than this one
    Unwritable,       // a data or key directory cannot be created or written
    Corrupt,          // integrity or cipher HMAC failure
    Refused,          // a rule in the database refused the change (a locked record, the audit log)
    Invalid,          // bad input that reached the store
    NotFound,
    Io,               // anything else the database engine reported
};

class StoreError : public std::runtime_error {
public:
    StoreError(StoreErrorKind kind, const std::string& message)
        : std::runtime_error(message), kind_(kind) {}
    StoreErrorKind kind() const { return kind_; }

private:
    StoreErrorKind kind_;
};

}  // namespace kiosk::store
