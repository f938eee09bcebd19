#include "sync/server/record_verifier.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <stdexcept>

#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/record_signature.hpp"

namespace kiosk::sync::server {
namespace {

void init_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

bool signature_matches(const PushRecord& r, const std::vector<std::uint8_t>& device_key) {
    constexpr std::string_view kPrefix = "ed25519:";
    if (!r.signature || r.signature->rfind(kPrefix, 0) != 0) return false;
    const auto signature = decode_base64(r.signature->substr(kPrefix.size()));
    if (!signature || signature->size() != crypto_sign_BYTES || device_key.size() != crypto_sign_PUBLICKEYBYTES) {
        return false;
    }
    std::string message;
    try {
        message = signing_bytes(r);
    } catch (const ProtocolError&) {
        return false;
    }
    return crypto_sign_verify_detached(signature->data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), device_key.data()) == 0;
}

}  // namespace

SealingKeyPair generate_sealing_key_pair() {
    init_sodium();
    SealingKeyPair keys;
    crypto_box_keypair(keys.public_key.data(), keys.secret_key.data());
    return keys;
}

std::string verify_and_open(PushRecord& r, const std::optional<std::vector<std::uint8_t>>& device_key,
                            const SealingKeyPair& keys) {
    init_sodium();
    if (device_key) {
        if (!r.signature) return "the record is not signed, and this device is enrolled with a signing key";
        if (!signature_matches(r, *device_key)) {
            return "the record's signature does not match this device's enrolled key: it was changed after signing "
                   "or signed by another key";
        }
        if (is_sealed_kind(r.kind) && !r.sealed) return "a " + r.kind + " must arrive sealed to the server's key";
    }
    if (!r.sealed) return {};
    const auto sealed = decode_base64(*r.sealed);
    if (!sealed || sealed->size() < crypto_box_SEALBYTES) return "the sealed payload is not base64 of a sealed box";
    std::string plain(sealed->size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), sealed->data(), sealed->size(),
                             keys.public_key.data(), keys.secret_key.data()) != 0) {
        return "the sealed payload cannot be opened with the server's key";
    }
    const auto payload = nlohmann::json::parse(plain, nullptr, false);
    if (payload.is_discarded() || !payload.is_object()) return "the sealed payload is not a JSON object";
    r.payload_json = payload.dump();
    return {};
}

}  // namespace kiosk::sync::server
