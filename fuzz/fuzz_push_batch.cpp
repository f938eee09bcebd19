// The server's decoder of a push batch (and the enrolment request, audit head and the
// device's reader of the server's audit-head answer, which come over the same network): any bytes give a batch or a ProtocolError, never a crash. A batch
// that decodes must encode again and decode to the same records. Push format 2 (issue #17): its
// manifest must decode and encode to the same manifest, and its sealed payloads go through the
// server's opener (with a fixed key: they never open, and must never crash it either).
#include <cstdint>
#include <cstdlib>
#include <string>

#include <sodium.h>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/batch_seal.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/record_signature.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string body(reinterpret_cast<const char*>(data), size);
    using namespace kiosk::sync;
    try {
        const ReceivedBatch batch = decode_push_batch(body);
        PushBatch again{.device_id = batch.device_id, .records = {}, .audit_head = batch.audit_head,
                       .audit_anchor = batch.audit_anchor, .audit_signature = batch.audit_signature,
                       .seal = batch.seal};
        std::optional<BatchOpener> opener;
        if (batch.seal) {
            static const std::array<std::uint8_t, 32> kSecret{7};
            std::array<std::uint8_t, 32> server_public{};
            if (sodium_init() < 0) std::abort();
            crypto_scalarmult_base(server_public.data(), kSecret.data());
            opener = BatchOpener::make(batch.seal->batch_key, server_public, kSecret);
            if (const auto manifest = decode_manifest(batch.seal->manifest)) {
                const auto again_manifest = decode_manifest(encode_manifest(*manifest));
                if (!again_manifest || again_manifest->record_hashes != manifest->record_hashes ||
                    again_manifest->device_id != manifest->device_id || again_manifest->audit_head != manifest->audit_head) {
                    std::abort();
                }
            }
        }
        for (const auto& r : batch.records) {
            if (!r.record) continue;
            (void)signing_bytes(*r.record);
            (void)record_hash_hex(*r.record, r.record->payload_json, {});
            if (opener && r.record->sealed) (void)opener->open(r.record->uuid, *r.record->sealed);
            again.records.push_back(*r.record);
        }
        const ReceivedBatch round = decode_push_batch(encode_push_batch(again));
        if (round.records.size() != again.records.size() || round.audit_anchor != again.audit_anchor ||
            round.seal.has_value() != batch.seal.has_value() || (batch.seal && round.api_version != 2)) {
            std::abort();
        }
        for (std::size_t i = 0; i < round.records.size(); ++i) {
            if (!round.records[i].record || round.records[i].record->payload_json != again.records[i].payload_json) {
                std::abort();
            }
        }
    } catch (const ProtocolError&) {
    }
    try {
        (void)decode_enrol_request(body);
    } catch (const ProtocolError&) {
    }
    try {
        // The device's reader of GET /audit-head: any seq it accepts is one it can send back.
        const std::int64_t seen = decode_audit_seen(body);
        if (seen < 0 || decode_audit_seen(encode_audit_seen(seen)) != seen) std::abort();
    } catch (const ProtocolError&) {
    }
    if (const auto head = parse_audit_head(body); head && parse_audit_head(format_audit_head(*head))->seq != head->seq) {
        std::abort();
    }
    return 0;
}
