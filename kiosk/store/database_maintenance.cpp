#include "kiosk/store/database_maintenance.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

#include "kiosk/store/database.hpp"
#include "kiosk/store/secret_key.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::store {
namespace fs = std::filesystem;

namespace {
std::string pragma_text(Database& db, const char* pragma) {
    Statement s(db.handle(), std::string("PRAGMA ") + pragma);
    return s.step() ? s.text(0) : std::string{};
}

// SQL string literal quoting for a file path given to ATTACH.
std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c;
        if (c == '\'') out += '\'';
    }
    return out + "'";
}
}  // namespace

std::vector<std::string> cipher_settings_problems(Database& db) {
    std::vector<std::string> problems;
    const auto expect = [&](const char* pragma, const std::string& wanted, const char* meaning) {
        const std::string actual = pragma_text(db, pragma);
        if (actual != wanted) problems.push_back(std::string(meaning) + " is " + actual + ", expected " + wanted);
    };
    expect("cipher_hmac_algorithm", "HMAC_SHA512", "the page HMAC");
    expect("cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512", "the key derivation");
    expect("kdf_iter", "256000", "the key derivation iteration count");
    expect("cipher_page_size", "4096", "the page size");
    expect("cipher_use_hmac", "1", "per-page HMAC");
    return problems;
}

std::vector<std::string> cipher_integrity_problems(Database& db) {
    std::vector<std::string> problems;
    Statement s(db.handle(), "PRAGMA cipher_integrity_check");
    while (s.step()) problems.push_back(s.text(0));
    return problems;
}

void rekey(Database& db, const fs::path& key_file) {
    const fs::path pending = key_file.string() + ".new";
    if (fs::exists(pending)) {
        throw StoreError(StoreErrorKind::Refused,
                         "an earlier key change is unfinished (" + pending.string() + " exists); open the database once to finish it");
    }
    const SecretKey next = SecretKey::create(pending);
    db.exec("PRAGMA rekey = \"" + next.sqlcipher_raw_key() + "\"");
    std::error_code ec;
    fs::rename(pending, key_file, ec);
    if (ec) {
        throw StoreError(StoreErrorKind::Unwritable,
                         "the database has a new key but " + key_file.string() + " could not be replaced; the key is in " +
                             pending.string());
    }
}

void backup(Database& db, const fs::path& key_file, const fs::path& out_file) {
    if (fs::exists(out_file)) {
        throw StoreError(StoreErrorKind::Refused, "the backup file " + out_file.string() + " already exists");
    }
    if (out_file.has_parent_path() && !fs::is_directory(out_file.parent_path())) {
        throw StoreError(StoreErrorKind::Unwritable, "the folder " + out_file.parent_path().string() + " does not exist");
    }
    const SecretKey key = SecretKey::load(key_file);
    // ATTACH cannot create a file on a connection opened without SQLITE_OPEN_CREATE, so make
    // the empty file (a valid new database) ourselves, readable by its owner only.
    const int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw StoreError(StoreErrorKind::Unwritable, "the backup file " + out_file.string() + " cannot be created");
    ::close(fd);
    try {
        db.exec("ATTACH DATABASE " + quoted(out_file.string()) + " AS backup KEY \"" + key.sqlcipher_raw_key() + "\"");
        db.exec("SELECT sqlcipher_export('backup')");
        db.exec("PRAGMA backup.user_version = " + std::to_string(db.schema_version()));
        db.exec("DETACH DATABASE backup");
    } catch (...) {
        try {
            db.exec("DETACH DATABASE backup");
        } catch (...) {
            // Not attached: nothing to undo.
        }
        std::remove(out_file.c_str());
        throw;
    }
}

}  // namespace kiosk::store
