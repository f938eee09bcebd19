#include "sync/server/sealing_key.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>

#include "sync/protocol/base64.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "sync/server/token_hash.hpp"

namespace kiosk::sync::server {
namespace fs = std::filesystem;

namespace {

bool same_public_key(const SealingKeyPair& keys, const SealingPublicKey& recorded) {
    return sodium_memcmp(keys.public_key.data(), recorded.data(), recorded.size()) == 0;
}

void write_all(int fd, const std::string& text, const fs::path& file) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw SealingKeyError("the sealing key file " + file.string() + " cannot be written");
        done += static_cast<std::size_t>(n);
    }
}

void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Writes the key as a new 0600 file, whole or not at all: a temporary file, flushed, then linked
// under its name (link(2) refuses an existing name, where rename would replace it). False when
// the file appeared meanwhile (another receiver on this host made it first).
bool create_key_file(const fs::path& file, const SealingKeyPair& keys) {
    const fs::path folder = file.parent_path().empty() ? fs::path{"."} : file.parent_path();
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) throw SealingKeyError("the folder of the sealing key file " + file.string() + " cannot be made");
    const fs::path temporary = folder / ("." + file.filename().string() + "." + sql::random_token().substr(0, 12));
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) throw SealingKeyError("the sealing key file " + file.string() + " cannot be written in its folder");
    try {
        write_all(fd, encode_base64(keys.secret_key.data(), keys.secret_key.size()) + "\n", file);
        if (::fsync(fd) != 0) throw SealingKeyError("the sealing key file " + file.string() + " cannot be written");
    } catch (...) {
        ::close(fd);
        ::unlink(temporary.c_str());
        throw;
    }
    ::close(fd);
    const int linked = ::link(temporary.c_str(), file.c_str());
    const int link_error = errno;
    ::unlink(temporary.c_str());
    if (linked != 0 && link_error == EEXIST) return false;
    if (linked != 0) throw SealingKeyError("the sealing key file " + file.string() + " cannot be written");
    sync_folder(folder);
    return true;
}

}  // namespace

fs::path default_sealing_key_file(const fs::path& sqlite_database) {
    const fs::path absolute = fs::absolute(sqlite_database);
    return absolute.parent_path() / (absolute.stem().string() + "-sealing.key");
}

SealingKeyPair read_sealing_key(const fs::path& file, bool owner_only) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) throw SealingKeyError("the sealing key " + file.string() + " cannot be read");
    if (owner_only && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        throw SealingKeyError("the sealing key file " + file.string() +
                              " can be read by other users: it must be its owner's alone (chmod 600)");
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw SealingKeyError("the sealing key " + file.string() + " cannot be read");
    std::string encoded = text.str();
    while (!encoded.empty() && (encoded.back() == '\n' || encoded.back() == '\r' || encoded.back() == ' ')) {
        encoded.pop_back();
    }
    const auto secret = decode_base64(encoded);
    if (!secret || secret->size() != 32) {
        throw SealingKeyError("the sealing key " + file.string() + " is not base64 of a 32-byte key");
    }
    std::array<std::uint8_t, 32> bytes{};
    std::copy(secret->begin(), secret->end(), bytes.begin());
    sodium_memzero(encoded.data(), encoded.size());
    return sealing_key_pair_from_secret(bytes);
}

LoadedSealingKey load_sealing_key(ReceiverStorage& storage, const SealingKeySettings& settings) {
    auto* sqlite = dynamic_cast<SqliteStorage*>(&storage);
    const std::optional<SealingKeyPair> legacy = sqlite != nullptr ? sqlite->legacy_sealing_keys() : std::nullopt;
    const fs::path& file = settings.key_file;

    std::optional<LoadedSealingKey> found;
    if (!settings.credentials_dir.empty()) {
        const fs::path credential = settings.credentials_dir / kSealingKeyCredential;
        std::error_code ec;
        if (fs::exists(credential, ec)) {
            found = LoadedSealingKey{read_sealing_key(credential, false), "the service manager's credential"};
        }
    }
    if (!found && !file.empty()) {
        std::error_code ec;
        if (fs::exists(file, ec)) found = LoadedSealingKey{read_sealing_key(file, true), file.string()};
    }

    if (legacy) {
        // A database from before issue #14: its key moves out into the key file, once.
        if (!found) {
            if (file.empty()) {
                throw SealingKeyError("this server database still holds its sealing key; give a key file "
                                      "([storage] sealing_key_file or --sealing-key) for serve to move it into");
            }
            if (!create_key_file(file, *legacy)) {
                throw SealingKeyError("the sealing key file " + file.string() + " appeared while the key was moved "
                                      "out of the database; start again");
            }
            found = LoadedSealingKey{*legacy, file.string() + " (moved out of the database)"};
        } else if (sodium_memcmp(found->keys.public_key.data(), legacy->public_key.data(), 32) != 0) {
            throw SealingKeyError("the sealing key from " + found->source + " is not the one this database holds; "
                                  "devices seal to the database's: remove the other key and start again");
        }
        sqlite->forget_legacy_sealing_keys();
    }

    const std::optional<SealingPublicKey> recorded = storage.recorded_sealing_key();
    if (!found) {
        if (recorded) {
            throw SealingKeyError(
                "the sealing key is in neither " + (file.empty() ? std::string{"a key file"} : file.string()) +
                " nor the service manager's credential " + kSealingKeyCredential +
                ", and this database's devices seal to one: restore the key from its backup (a new key would "
                "leave every sealed record unreadable)");
        }
        if (file.empty()) {
            throw SealingKeyError("no sealing key: give [storage] sealing_key_file (made on first start) or a "
                                  "systemd credential named " + std::string{kSealingKeyCredential});
        }
        const SealingKeyPair made = generate_sealing_key_pair();
        if (create_key_file(file, made)) {
            found = LoadedSealingKey{made, file.string() + " (new)"};
        } else {
            found = LoadedSealingKey{read_sealing_key(file, true), file.string()};
        }
    }
    if (!recorded) {
        // The first start on this database; another receiver may be recording its own key now.
        const SealingPublicKey first = storage.record_sealing_key(found->keys.public_key);
        if (!same_public_key(found->keys, first)) {
            // A key made a moment ago and never used: it would only stand in the way.
            if (found->source == file.string() + " (new)") ::unlink(file.c_str());
            throw SealingKeyError("another receiver recorded a different sealing key in this database first; give "
                                  "every receiver a copy of that receiver's key");
        }
    } else if (!same_public_key(found->keys, *recorded)) {
        throw SealingKeyError("the sealing key from " + found->source +
                              " is not the one this database's devices seal to; give the receiver that key");
    }
    return *found;
}

}  // namespace kiosk::sync::server
