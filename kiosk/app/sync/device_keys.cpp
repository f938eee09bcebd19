#include "kiosk/app/sync/device_keys.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"
#include "sync/protocol/base64.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

static_assert(crypto_sign_SECRETKEYBYTES == 64 && crypto_sign_PUBLICKEYBYTES == 32);
static_assert(crypto_box_PUBLICKEYBYTES == 32);

namespace {

void init_sodium() {
    if (sodium_init() < 0) throw CommandError("libsodium could not be initialised", kSyncExitConfiguration);
}

template <std::size_t N>
std::array<std::uint8_t, N> key_from_file(const fs::path& file) {
    std::string text = read_private_file(file);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    const auto bytes = sync::decode_base64(text);
    if (!bytes || bytes->size() != N) {
        throw CommandError("the key file " + file.string() + " does not hold a key; enrol the device again",
                           kSyncExitConfiguration);
    }
    std::array<std::uint8_t, N> out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

}  // namespace

DeviceKeys generate_device_keys() {
    init_sodium();
    DeviceKeys keys;
    crypto_sign_keypair(keys.signing_public.data(), keys.signing_secret.data());
    return keys;
}

std::optional<DeviceKeys> load_device_keys(const fs::path& key_dir) {
    if (!fs::exists(key_dir / kSigningKeyFile)) return std::nullopt;
    init_sodium();
    DeviceKeys keys;
    keys.signing_secret = key_from_file<64>(key_dir / kSigningKeyFile);
    crypto_sign_ed25519_sk_to_pk(keys.signing_public.data(), keys.signing_secret.data());
    keys.sealing_public = key_from_file<32>(key_dir / kSealingKeyFile);
    return keys;
}

void save_device_keys(const fs::path& key_dir, const DeviceKeys& keys) {
    write_private_file(key_dir / kSigningKeyFile,
                       sync::encode_base64(keys.signing_secret.data(), keys.signing_secret.size()) + "\n");
    write_private_file(key_dir / kSealingKeyFile,
                       sync::encode_base64(keys.sealing_public.data(), keys.sealing_public.size()) + "\n");
}

void write_private_file(const fs::path& file, const std::string& content) {
    fs::create_directories(file.parent_path());
    fs::permissions(file.parent_path(), fs::perms::owner_all);
    const fs::path temporary = file.string() + ".new";
    // Created 0600 from the start: there is no moment when another user could open it.
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) throw CommandError("cannot write " + file.string(), kSyncExitConfiguration);
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    std::size_t written = 0;
    while (ok && written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        ok = n > 0;
        if (ok) written += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(temporary.c_str(), file.c_str()) != 0) {
        ::unlink(temporary.c_str());
        throw CommandError("cannot write " + file.string(), kSyncExitConfiguration);
    }
}

std::string read_private_file(const fs::path& file) {
    std::error_code error;
    const auto status = fs::status(file, error);
    if (error || !fs::is_regular_file(status)) {
        throw CommandError("the file " + file.string() + " cannot be read", kSyncExitConfiguration);
    }
    if ((status.permissions() & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none) {
        throw CommandError("the file " + file.string() + " must be readable by its owner only (chmod 600)",
                           kSyncExitConfiguration);
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw CommandError("the file " + file.string() + " cannot be read", kSyncExitConfiguration);
    return text.str();
}

}  // namespace kiosk::app
