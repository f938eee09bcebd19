#include "sync/server/hub/upstream_batch.hpp"

#include <sodium.h>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch_writer.hpp"
#include "sync/protocol/record_signature.hpp"
#include "sync/protocol/wire_time.hpp"

namespace kiosk::sync::server::hub {

namespace {

std::string sign(const std::string& message, const HubIdentity& identity) {
    std::array<std::uint8_t, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), identity.signing_secret.data());
    return "ed25519:" + encode_base64(signature.data(), signature.size());
}

std::optional<std::string> claim(const std::optional<ChainHead>& row) {
    if (!row) return std::nullopt;
    return format_audit_head(AuditHead{row->position, row->hash_hex});
}

PushRecord upstream_record(const HubIdentity& identity, const StoredMessage& m) {
    const auto created_at = parse_wire_time(m.created_at);
    if (!created_at) throw ProtocolError("a stored record has a time that is not a wire time");
    PushRecord r{.uuid = m.uuid, .kind = m.kind, .schema = m.schema, .created_at = *created_at,
                 .device_id = identity.device_id, .payload_json = m.payload, .signature = std::nullopt,
                 .sealed = std::nullopt};
    if (is_sealed_kind(r.kind)) {
        // The hub opened what the device sealed to it; it travels on sealed to the upstream.
        std::vector<std::uint8_t> sealed(m.payload.size() + crypto_box_SEALBYTES);
        crypto_box_seal(sealed.data(), reinterpret_cast<const unsigned char*>(m.payload.data()), m.payload.size(),
                        identity.upstream_sealing.data());
        r.sealed = encode_base64(sealed);
        r.payload_json = nlohmann::json{{"schema", r.schema}}.dump();
    }
    r.signature = sign(signing_bytes(r), identity);
    return r;
}

}  // namespace

PreparedPush build_upstream_batch(const HubIdentity& identity, const std::vector<ForwardItem>& items,
                                  const std::optional<ChainHead>& head, const std::optional<ChainHead>& anchor) {
    if (sodium_init() < 0) throw ProtocolError("libsodium could not be initialised");
    std::optional<std::string> signature;
    if (head || anchor) signature = sign(audit_claims_signing_bytes(identity.device_id, claim(head), claim(anchor)), identity);
    PushBatchWriter writer(identity.device_id, claim(head), claim(anchor), std::move(signature));
    for (const ForwardItem& item : items) writer.add(upstream_record(identity, item.message));
    return prepare_push(std::move(writer));
}

}  // namespace kiosk::sync::server::hub
