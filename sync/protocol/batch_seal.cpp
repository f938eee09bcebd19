#include "sync/protocol/batch_seal.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <stdexcept>

#include "sync/protocol/base64.hpp"
#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/record_signature.hpp"

namespace kiosk::sync {
namespace {

constexpr std::string_view kRecordDomain = "contact-kiosk/push-record/v2";
constexpr std::string_view kManifestDomain = "contact-kiosk/push-manifest/v2\n";
constexpr std::string_view kSignaturePrefix = "ed25519:";
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

void init_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

void hash_field(crypto_generichash_state& state, std::string_view field) {
    std::array<unsigned char, 8> length{};
    std::uint64_t n = field.size();
    for (auto& byte : length) {
        byte = static_cast<unsigned char>(n & 0xff);
        n >>= 8;
    }
    crypto_generichash_update(&state, length.data(), length.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(field.data()), field.size());
}

std::optional<std::string> optional_text(const nlohmann::json& doc, const char* name) {
    const auto it = doc.find(name);
    if (it == doc.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw ProtocolError("not text");
    return it->get<std::string>();
}

bool is_hex64(const std::string& text) {
    if (text.size() != 64) return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace

std::string record_hash_hex(const PushRecord& r, std::string_view payload, std::string_view salt) {
    init_sodium();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    hash_field(state, kRecordDomain);
    hash_field(state, r.uuid);
    hash_field(state, r.kind);
    hash_field(state, std::to_string(r.schema));
    hash_field(state, core::to_iso8601(r.created_at));
    hash_field(state, r.device_id);
    hash_field(state, payload);
    hash_field(state, salt);
    std::array<unsigned char, 32> digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    std::array<char, 65> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), 64);
}

std::string encode_manifest(const BatchManifest& m) {
    nlohmann::json doc{{"v", 2},
                       {"device_id", m.device_id},
                       {"batch_key", m.batch_key},
                       {"audit_head", m.audit_head ? nlohmann::json(*m.audit_head) : nlohmann::json(nullptr)},
                       {"audit_anchor", m.audit_anchor ? nlohmann::json(*m.audit_anchor) : nlohmann::json(nullptr)},
                       {"records", m.record_hashes}};
    return doc.dump();
}

std::optional<BatchManifest> decode_manifest(std::string_view text) {
    try {
        const nlohmann::json doc = parse_bounded_json(text, "batch manifest", 4);
        if (!doc.is_object() || doc.size() != 6 || doc.value("v", 0) != 2) return std::nullopt;
        BatchManifest m;
        const auto device = doc.find("device_id");
        const auto key = doc.find("batch_key");
        const auto records = doc.find("records");
        if (device == doc.end() || !device->is_string() || key == doc.end() || !key->is_string() ||
            records == doc.end() || !records->is_array()) {
            return std::nullopt;
        }
        m.device_id = device->get<std::string>();
        m.batch_key = key->get<std::string>();
        m.audit_head = optional_text(doc, "audit_head");
        m.audit_anchor = optional_text(doc, "audit_anchor");
        m.record_hashes.reserve(records->size());
        for (const auto& hash : *records) {
            if (!hash.is_string() || !is_hex64(hash.get<std::string>())) return std::nullopt;
            m.record_hashes.push_back(hash.get<std::string>());
        }
        return m;
    } catch (const ProtocolError&) {
        return std::nullopt;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

std::string manifest_signing_bytes(std::string_view manifest_text) {
    std::string out{kManifestDomain};
    out += manifest_text;
    return out;
}

std::string sign_manifest(std::string_view manifest_text, const std::array<std::uint8_t, 64>& signing_secret) {
    init_sodium();
    const std::string message = manifest_signing_bytes(manifest_text);
    std::array<std::uint8_t, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), signing_secret.data());
    return std::string{kSignaturePrefix} + encode_base64(signature.data(), signature.size());
}

bool manifest_signature_valid(std::string_view manifest_text, std::string_view signature,
                              const std::vector<std::uint8_t>& device_public_key) {
    init_sodium();
    if (signature.substr(0, kSignaturePrefix.size()) != kSignaturePrefix) return false;
    const auto bytes = decode_base64(signature.substr(kSignaturePrefix.size()));
    if (!bytes || bytes->size() != crypto_sign_BYTES || device_public_key.size() != crypto_sign_PUBLICKEYBYTES) {
        return false;
    }
    const std::string message = manifest_signing_bytes(manifest_text);
    return crypto_sign_verify_detached(bytes->data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), device_public_key.data()) == 0;
}

BatchSealer::BatchSealer(const std::array<std::uint8_t, 32>& server_sealing_public) {
    init_sodium();
    std::array<std::uint8_t, crypto_kx_PUBLICKEYBYTES> ephemeral_public{};
    std::array<std::uint8_t, crypto_kx_SECRETKEYBYTES> ephemeral_secret{};
    crypto_kx_keypair(ephemeral_public.data(), ephemeral_secret.data());
    std::array<std::uint8_t, crypto_kx_SESSIONKEYBYTES> receive{};
    const int agreed = crypto_kx_client_session_keys(receive.data(), key_.data(), ephemeral_public.data(),
                                                     ephemeral_secret.data(), server_sealing_public.data());
    sodium_memzero(ephemeral_secret.data(), ephemeral_secret.size());
    sodium_memzero(receive.data(), receive.size());
    if (agreed != 0) throw ProtocolError("the server's sealing key is not a usable X25519 key");
    batch_key_ = encode_base64(ephemeral_public.data(), ephemeral_public.size());
}

BatchSealer::~BatchSealer() { sodium_memzero(key_.data(), key_.size()); }

std::string BatchSealer::seal(std::string_view uuid, std::string_view payload, std::string& salt) const {
    salt.assign(kRecordSaltBytes, '\0');
    randombytes_buf(salt.data(), salt.size());
    std::string plain;
    plain.reserve(salt.size() + payload.size());
    plain += salt;
    plain += payload;
    std::vector<std::uint8_t> out(kNonceBytes + plain.size() + kTagBytes);
    randombytes_buf(out.data(), kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kNonceBytes, &written,
                                               reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                                               reinterpret_cast<const unsigned char*>(uuid.data()), uuid.size(),
                                               nullptr, out.data(), key_.data());
    sodium_memzero(plain.data(), plain.size());
    return encode_base64(out.data(), kNonceBytes + written);
}

std::optional<BatchOpener> BatchOpener::make(std::string_view batch_key, const std::array<std::uint8_t, 32>& server_public,
                                             const std::array<std::uint8_t, 32>& server_secret) {
    init_sodium();
    const auto device_public = decode_base64(batch_key);
    if (!device_public || device_public->size() != crypto_kx_PUBLICKEYBYTES) return std::nullopt;
    BatchOpener opener;
    std::array<std::uint8_t, crypto_kx_SESSIONKEYBYTES> transmit{};
    const int agreed = crypto_kx_server_session_keys(opener.key_.data(), transmit.data(), server_public.data(),
                                                     server_secret.data(), device_public->data());
    sodium_memzero(transmit.data(), transmit.size());
    if (agreed != 0) return std::nullopt;
    return opener;
}

BatchOpener::~BatchOpener() { sodium_memzero(key_.data(), key_.size()); }

std::optional<BatchOpener::Opened> BatchOpener::open(std::string_view uuid, std::string_view sealed) const {
    const auto bytes = decode_base64(sealed);
    if (!bytes || bytes->size() < kNonceBytes + kTagBytes + kRecordSaltBytes) return std::nullopt;
    std::string plain(bytes->size() - kNonceBytes - kTagBytes, '\0');
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
                                                   bytes->data() + kNonceBytes, bytes->size() - kNonceBytes,
                                                   reinterpret_cast<const unsigned char*>(uuid.data()), uuid.size(),
                                                   bytes->data(), key_.data()) != 0) {
        return std::nullopt;
    }
    Opened opened;
    opened.salt = plain.substr(0, kRecordSaltBytes);
    opened.payload = plain.substr(kRecordSaltBytes, written - kRecordSaltBytes);
    return opened;
}

BatchProtector::BatchProtector(std::string device_id, const std::array<std::uint8_t, 64>& signing_secret,
                               const std::array<std::uint8_t, 32>& server_sealing_public)
    : device_id_(std::move(device_id)), signing_secret_(signing_secret), sealer_(server_sealing_public) {}

void BatchProtector::protect(PushRecord& r) {
    std::string salt;
    if (is_sealed_kind(r.kind)) {
        // Raw pass-through: a queued payload is its encoder's dump(), canonical already, and is
        // sealed and hashed as it is, unparsed; the server reads it once and refuses it (that
        // record alone) if it is not a JSON object in canonical form. A sealed kind's payloads
        // are the large ones (a final record's words), so this parse is the one worth saving.
        if (r.payload_json.empty() || r.payload_json.front() != '{' || r.payload_json.back() != '}') {
            throw ProtocolError("the record " + r.uuid + " has a payload that is not a JSON object");
        }
        r.sealed = sealer_.seal(r.uuid, r.payload_json, salt);
        hashes_.push_back(record_hash_hex(r, r.payload_json, salt));
        r.payload_json = "{\"schema\":" + std::to_string(r.schema) + "}";
    } else {
        // A plain payload travels as JSON inside the body: read once, so a broken one is refused
        // here on its own instead of making the whole body unreadable.
        nlohmann::json payload = nlohmann::json::parse(r.payload_json, nullptr, false);
        if (payload.is_discarded() || !payload.is_object()) {
            throw ProtocolError("the record " + r.uuid + " has a payload that is not a JSON object");
        }
        r.sealed.reset();
        r.payload_json = payload.dump();
        hashes_.push_back(record_hash_hex(r, r.payload_json, salt));
    }
    r.signature.reset();
}

void BatchProtector::drop_last() {
    if (!hashes_.empty()) hashes_.pop_back();
}

BatchSealWire BatchProtector::finish(const std::optional<std::string>& audit_head,
                                     const std::optional<std::string>& audit_anchor) const {
    BatchSealWire wire;
    wire.batch_key = sealer_.batch_key();
    wire.manifest = encode_manifest({.device_id = device_id_, .batch_key = wire.batch_key, .audit_head = audit_head,
                                     .audit_anchor = audit_anchor, .record_hashes = hashes_});
    wire.signature = sign_manifest(wire.manifest, signing_secret_);
    return wire;
}

std::string verify_stored_record(const PushRecord& stored, std::string_view payload, std::string_view salt,
                                 std::size_t position, std::string_view manifest_text, std::string_view signature,
                                 const std::vector<std::uint8_t>& device_public_key) {
    const auto manifest = decode_manifest(manifest_text);
    if (!manifest) return "the stored manifest is not a batch manifest";
    if (!manifest_signature_valid(manifest_text, signature, device_public_key)) {
        return "the stored manifest's signature does not match the device's key";
    }
    if (manifest->device_id != stored.device_id) return "the stored manifest names another device";
    if (position >= manifest->record_hashes.size()) return "the record's position is not in its manifest";
    if (manifest->record_hashes[position] != record_hash_hex(stored, payload, salt)) {
        return "the stored record does not match the hash its device signed";
    }
    return {};
}

}  // namespace kiosk::sync
