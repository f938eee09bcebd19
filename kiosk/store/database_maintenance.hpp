#pragma once
// Key and file care for an open database: checking the cipher settings, changing the key,
// encrypted backups, and page-level tamper checks.
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::store {

class Database;

// Settings weaker than SQLCipher 4's defaults, in words (empty when all is as expected):
// HMAC-SHA512 on every page, PBKDF2-HMAC-SHA512 at 256,000 iterations for passphrases,
// 4096-byte pages.
std::vector<std::string> cipher_settings_problems(Database& db);

// Pages whose HMAC does not match (a flipped byte, a tampered page), in SQLCipher's words.
// Reads every page: run it on demand, not at every start.
std::vector<std::string> cipher_integrity_problems(Database& db);

// Re-encrypts the database under a new random key. The new key is written beside the old one
// first (key_file + ".new"), then the database is re-keyed, then the new key replaces the
// old; Database::open finishes an interrupted change from the ".new" file.
void rekey(Database& db, const std::filesystem::path& key_file);

// Writes an encrypted copy (same key) with sqlcipher_export. Refuses to overwrite a file.
void backup(Database& db, const std::filesystem::path& key_file, const std::filesystem::path& out_file);

}  // namespace kiosk::store
