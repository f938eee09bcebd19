// The server's decoder of a push batch (and the enrolment request and audit head that come
// over the same network): any bytes give a batch or a ProtocolError, never a crash. A batch
// that decodes must encode again and decode to the same records.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/record_signature.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string body(reinterpret_cast<const char*>(data), size);
    using namespace kiosk::sync;
    try {
        const ReceivedBatch batch = decode_push_batch(body);
        PushBatch again{.device_id = batch.device_id, .records = {}, .audit_head = batch.audit_head};
        for (const auto& r : batch.records) {
            if (!r.record) continue;
            (void)signing_bytes(*r.record);
            again.records.push_back(*r.record);
        }
        const ReceivedBatch round = decode_push_batch(encode_push_batch(again));
        if (round.records.size() != again.records.size()) std::abort();
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
    if (const auto head = parse_audit_head(body); head && parse_audit_head(format_audit_head(*head))->seq != head->seq) {
        std::abort();
    }
    return 0;
}
