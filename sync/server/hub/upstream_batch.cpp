#include "sync/server/hub/upstream_batch.hpp"

#include <sodium.h>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/batch_seal.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch_writer.hpp"
#include "sync/protocol/record_signature.hpp"
#include "sync/protocol/wire_time.hpp"

namespace kiosk::sync::server::hub {

namespace {

std::optional<std::string> claim(const std::optional<ChainHead>& row) {
    if (!row) return std::nullopt;
    return format_audit_head(AuditHead{row->position, row->hash_hex});
}

PushRecord upstream_record(const HubIdentity& identity, const StoredMessage& m) {
    const auto created_at = parse_wire_time(m.created_at);
    if (!created_at) throw ProtocolError("a stored record has a time that is not a wire time");
    return PushRecord{.uuid = m.uuid, .kind = m.kind, .schema = m.schema, .created_at = *created_at,
                      .device_id = identity.device_id, .payload_json = m.payload, .signature = std::nullopt,
                      .sealed = std::nullopt};
}

}  // namespace

PreparedPush build_upstream_batch(const HubIdentity& identity, const std::vector<ForwardItem>& items,
                                  const std::optional<ChainHead>& head, const std::optional<ChainHead>& anchor) {
    if (sodium_init() < 0) throw ProtocolError("libsodium could not be initialised");
    // Push format 2, as a device sends it: the hub opened what the device sealed to it, and each
    // sealed kind travels on sealed again, to the upstream's key, under one manifest signed once.
    BatchProtector protector(identity.device_id, identity.signing_secret, identity.upstream_sealing);
    PushBatchWriter writer(identity.device_id, claim(head), claim(anchor));
    for (const ForwardItem& item : items) {
        PushRecord record = upstream_record(identity, item.message);
        protector.protect(record);
        writer.add_canonical(record);
    }
    writer.seal_with(protector.finish(claim(head), claim(anchor)));
    return prepare_push(std::move(writer));
}

}  // namespace kiosk::sync::server::hub
