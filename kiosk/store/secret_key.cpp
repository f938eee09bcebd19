#include "kiosk/store/secret_key.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "kiosk/store/store_error.hpp"

namespace kiosk::store {
namespace fs = std::filesystem;

namespace {
void ensure_sodium() {
    if (sodium_init() < 0) {
        throw StoreError(StoreErrorKind::Io, "libsodium could not be initialised");
    }
}
}  // namespace

SecretKey SecretKey::random() {
    ensure_sodium();
    SecretKey key;
    randombytes_buf(key.bytes_.data(), key.bytes_.size());
    return key;
}

SecretKey SecretKey::load(const fs::path& file) {
    ensure_sodium();
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) {
        throw StoreError(StoreErrorKind::MissingKey, "the key file " + file.string() + " does not exist");
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        throw StoreError(StoreErrorKind::BadKeyFile,
                         "the key file " + file.string() +
                             " can be read by other users; run chmod 600 on it");
    }
    std::ifstream in(file);
    if (!in) {
        throw StoreError(StoreErrorKind::BadKeyFile, "the key file " + file.string() + " cannot be read");
    }
    std::string hex;
    in >> hex;
    SecretKey key;
    std::size_t written = 0;
    if (hex.size() != kBytes * 2 ||
        sodium_hex2bin(key.bytes_.data(), key.bytes_.size(), hex.data(), hex.size(), nullptr,
                       &written, nullptr) != 0 ||
        written != kBytes) {
        sodium_memzero(hex.data(), hex.size());
        throw StoreError(StoreErrorKind::BadKeyFile,
                         "the key file " + file.string() + " does not hold a 256-bit key");
    }
    sodium_memzero(hex.data(), hex.size());
    return key;
}

SecretKey SecretKey::create(const fs::path& file) {
    SecretKey key = random();
    key.write_to(file);
    return key;
}

void SecretKey::write_to(const fs::path& file) const {
    std::error_code ec;
    if (file.has_parent_path()) {
        fs::create_directories(file.parent_path(), ec);
        if (ec) {
            throw StoreError(StoreErrorKind::Unwritable,
                             "the key directory " + file.parent_path().string() + " cannot be created");
        }
        ::chmod(file.parent_path().c_str(), 0700);
    }
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const bool exists = errno == EEXIST;
        throw StoreError(StoreErrorKind::Unwritable,
                         exists ? "the key file " + file.string() + " already exists"
                                : "the key file " + file.string() + " cannot be written");
    }
    std::array<char, kBytes * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes_.data(), bytes_.size());
    hex[kBytes * 2] = '\n';
    const auto length = static_cast<ssize_t>(hex.size());
    const bool ok = ::write(fd, hex.data(), hex.size()) == length && ::fsync(fd) == 0;
    ::close(fd);
    sodium_memzero(hex.data(), hex.size());
    if (!ok) {
        ::unlink(file.c_str());
        throw StoreError(StoreErrorKind::Unwritable, "the key file " + file.string() + " cannot be written");
    }
}

SecretKey::SecretKey(SecretKey&& other) noexcept : bytes_(other.bytes_) {
    sodium_memzero(other.bytes_.data(), other.bytes_.size());
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
    bytes_ = other.bytes_;
    sodium_memzero(other.bytes_.data(), other.bytes_.size());
    return *this;
}

SecretKey::~SecretKey() { sodium_memzero(bytes_.data(), bytes_.size()); }

std::string SecretKey::sqlcipher_raw_key() const {
    std::array<char, kBytes * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes_.data(), bytes_.size());
    std::string raw = "x'" + std::string(hex.data(), kBytes * 2) + "'";
    sodium_memzero(hex.data(), hex.size());
    return raw;
}

}  // namespace kiosk::store
