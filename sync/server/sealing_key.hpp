#pragma once
// Where the server's sealing secret key comes from (issue #14): never the records' database.
// Devices seal every record with free text or health data to its public half (docs/sync-api.md,
// "Signed and sealed records"), so whoever holds the secret half reads them: it is kept apart
// from the records, where a database dump or a database administrator does not reach it.
//   1. A systemd credential: $CREDENTIALS_DIRECTORY/sealing-key (LoadCredential= or
//      LoadCredentialEncrypted= in the unit; the service manager hands it in, read-only).
//   2. Else the key file ([storage] sealing_key_file, serve --sealing-key), mode 0600: made on
//      the first start of a new database; a file others can read is refused.
// Both hold the 32-byte X25519 secret key as base64 on one line.
//
// The database records the public half the first time. A start with another key, or with no key
// where the database already has one recorded (devices seal to it), is refused with a sentence:
// a new key would leave every sealed record unreadable. A SQLite database from before issue #14
// still holding its key pair in a table has the secret moved into the key file, then forgotten.
#include <filesystem>
#include <stdexcept>
#include <string>

#include "sync/server/receiver_storage.hpp"

namespace kiosk::sync::server {

inline constexpr const char* kSealingKeyCredential = "sealing-key";

class SealingKeyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SealingKeySettings {
    std::filesystem::path key_file;         // empty: none configured
    std::filesystem::path credentials_dir;  // $CREDENTIALS_DIRECTORY; empty when not run by systemd
};

struct LoadedSealingKey {
    SealingKeyPair keys;
    // Where it came from, for the start-up log: "the service manager's credential", "FILE",
    // "FILE (new)" or "FILE (moved out of the database)".
    std::string source;
};

// Finds, checks or (for a new database) makes the key as described above. Throws
// SealingKeyError with a sentence for the operator.
LoadedSealingKey load_sealing_key(ReceiverStorage& storage, const SealingKeySettings& settings);

// The default key file of a SQLite database: "<stem>-sealing.key" in its folder (a file of its
// own, beside the database). A PostgreSQL receiver has no default.
std::filesystem::path default_sealing_key_file(const std::filesystem::path& sqlite_database);

// Reads a key file or credential; throws SealingKeyError when it is not base64 of 32 bytes, or
// (`owner_only`) when group or others may read it.
SealingKeyPair read_sealing_key(const std::filesystem::path& file, bool owner_only);

}  // namespace kiosk::sync::server
