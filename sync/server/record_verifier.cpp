#include "sync/server/record_verifier.hpp"

#include <sodium.h>

#include <stdexcept>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/batch_seal.hpp"
#include "sync/server/receiver_storage.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/record_signature.hpp"

namespace kiosk::sync::server {
namespace {

void init_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

bool signature_valid(const std::optional<std::string>& text, const std::string& message,
                     const std::vector<std::uint8_t>& device_key) {
    constexpr std::string_view kPrefix = "ed25519:";
    if (!text || text->rfind(kPrefix, 0) != 0) return false;
    const auto signature = decode_base64(text->substr(kPrefix.size()));
    if (!signature || signature->size() != crypto_sign_BYTES || device_key.size() != crypto_sign_PUBLICKEYBYTES) {
        return false;
    }
    return crypto_sign_verify_detached(signature->data(), reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), device_key.data()) == 0;
}

bool signature_matches(const PushRecord& r, const std::vector<std::uint8_t>& device_key) {
    std::string message;
    try {
        message = signing_bytes(r);
    } catch (const ProtocolError&) {
        return false;
    }
    return signature_valid(r.signature, message, device_key);
}

}  // namespace

SealingKeyPair generate_sealing_key_pair() {
    init_sodium();
    SealingKeyPair keys;
    crypto_box_keypair(keys.public_key.data(), keys.secret_key.data());
    return keys;
}

SealingKeyPair sealing_key_pair_from_secret(const std::array<std::uint8_t, 32>& secret_key) {
    init_sodium();
    SealingKeyPair keys;
    keys.secret_key = secret_key;
    crypto_scalarmult_base(keys.public_key.data(), keys.secret_key.data());
    return keys;
}

std::string open_sealed(PushRecord& r, const SealingKeyPair& keys) {
    if (!r.sealed) return {};
    init_sodium();
    const auto sealed = decode_base64(*r.sealed);
    if (!sealed || sealed->size() < crypto_box_SEALBYTES) return "the sealed payload is not base64 of a sealed box";
    std::string plain(sealed->size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), sealed->data(), sealed->size(),
                             keys.public_key.data(), keys.secret_key.data()) != 0) {
        return "the sealed payload cannot be opened with the server's key";
    }
    nlohmann::json payload;
    try {
        payload = parse_bounded_json(plain, "sealed payload");
    } catch (const ProtocolError& error) {
        return error.what();
    }
    if (std::string problem = check_payload(r.kind, r.schema, payload); !problem.empty()) return problem;
    r.payload_json = payload.dump();
    return {};
}

std::string check_signature(const PushRecord& r, const std::optional<std::vector<std::uint8_t>>& device_key) {
    if (!device_key) return {};
    init_sodium();
    if (!r.signature) return "the record is not signed, and this device is enrolled with a signing key";
    if (!signature_matches(r, *device_key)) {
        return "the record's signature does not match this device's enrolled key: it was changed after signing "
               "or signed by another key";
    }
    if (is_sealed_kind(r.kind) && !r.sealed) return "a " + r.kind + " must arrive sealed to the server's key";
    return {};
}

std::string verify_audit_claims(const ReceivedBatch& batch, const std::optional<std::vector<std::uint8_t>>& device_key) {
    if (!device_key) return {};
    // Format 2: the head and anchor are in the signed manifest, checked with it (batch_rules.cpp).
    if (batch.seal) return {};
    init_sodium();
    if (!batch.audit_head && !batch.audit_anchor && !batch.audit_signature) return {};
    const std::string message = audit_claims_signing_bytes(batch.device_id, batch.audit_head, batch.audit_anchor);
    if (!signature_valid(batch.audit_signature, message, *device_key)) {
        return "the batch's audit head is not signed with this device's enrolled key";
    }
    return {};
}

std::string verify_record_proof(const RecordProof& proof) {
    return verify_stored_record(proof.record, proof.record.payload_json, proof.salt, proof.position, proof.manifest,
                                proof.signature, proof.device_key);
}

}  // namespace kiosk::sync::server
