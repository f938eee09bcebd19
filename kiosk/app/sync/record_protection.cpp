#include "kiosk/app/sync/record_protection.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <vector>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/record_signature.hpp"

namespace kiosk::app {

namespace {

std::string sign(const std::string& message, const DeviceKeys& keys) {
    std::array<std::uint8_t, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), keys.signing_secret.data());
    return "ed25519:" + sync::encode_base64(signature.data(), signature.size());
}

}  // namespace

std::string sign_audit_claims(const std::string& device_id, const std::optional<std::string>& head,
                              const std::optional<std::string>& anchor, const DeviceKeys& keys) {
    if (sodium_init() < 0) throw sync::ProtocolError("libsodium could not be initialised");
    return sign(sync::audit_claims_signing_bytes(device_id, head, anchor), keys);
}

void protect_record(sync::PushRecord& record, const DeviceKeys& keys) {
    if (sodium_init() < 0) throw sync::ProtocolError("libsodium could not be initialised");
    if (sync::is_sealed_kind(record.kind)) {
        const auto payload = nlohmann::json::parse(record.payload_json, nullptr, false);
        if (payload.is_discarded() || !payload.is_object()) {
            throw sync::ProtocolError("the record " + record.uuid + " has a payload that is not a JSON object");
        }
        const std::string plain = payload.dump();
        std::vector<std::uint8_t> sealed(plain.size() + crypto_box_SEALBYTES);
        crypto_box_seal(sealed.data(), reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                        keys.sealing_public.data());
        record.sealed = sync::encode_base64(sealed);
        // What stays readable: only the payload's format version.
        record.payload_json = nlohmann::json{{"schema", record.schema}}.dump();
    }
    record.signature = sign(sync::signing_bytes(record), keys);
}

}  // namespace kiosk::app
