#pragma once
// The database key: 256 random bits in a file of its own (mode 0600), kept apart from the
// database so a copied database file alone gives up nothing.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

namespace kiosk::store {

class SecretKey {
public:
    static constexpr std::size_t kBytes = 32;

    // Reads an existing key file. Throws StoreError (BadKeyFile) when it is malformed or
    // readable by group or others, (MissingKey) when absent.
    static SecretKey load(const std::filesystem::path& file);
    // Makes a new random key and writes it with mode 0600; refuses to overwrite a file.
    static SecretKey create(const std::filesystem::path& file);
    static SecretKey random();

    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    ~SecretKey();

    // SQLCipher's raw-key form: x'<64 hex digits>'. A random 256-bit key needs no stretching.
    std::string sqlcipher_raw_key() const;
    void write_to(const std::filesystem::path& file) const;

private:
    SecretKey() = default;
    std::array<std::uint8_t, kBytes> bytes_{};
};

}  // namespace kiosk::store
