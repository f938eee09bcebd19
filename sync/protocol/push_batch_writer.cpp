#include "sync/protocol/push_batch_writer.hpp"

#include <nlohmann/json.hpp>

#include "sync/protocol/api_version.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {

struct PushBatchWriter::Records {
    // The records' JSON, comma-separated, built as text: a format-2 record's payload is
    // already canonical JSON (BatchProtector made it) and goes in as it is, unparsed.
    std::string text;
};

PushBatchWriter::PushBatchWriter(std::string device_id, std::optional<std::string> audit_head,
                                 std::optional<std::string> audit_anchor, std::optional<std::string> audit_signature)
    : device_id_(std::move(device_id)), audit_head_(std::move(audit_head)), audit_anchor_(std::move(audit_anchor)),
      audit_signature_(std::move(audit_signature)), records_(std::make_unique<Records>()) {}

PushBatchWriter::PushBatchWriter(PushBatchWriter&&) noexcept = default;
PushBatchWriter& PushBatchWriter::operator=(PushBatchWriter&&) noexcept = default;
PushBatchWriter::~PushBatchWriter() = default;

std::size_t PushBatchWriter::estimated_bytes(const PushRecord& r) {
    // Payloads are compact JSON already, so the text keeps its length apart from escapes,
    // which a quarter more allows for; 160 bounds the field names and punctuation.
    return r.payload_json.size() + r.payload_json.size() / 4 + r.uuid.size() + r.kind.size() + r.device_id.size() +
           (r.signature ? r.signature->size() : 0) + (r.sealed ? r.sealed->size() : 0) + 160;
}

void PushBatchWriter::add(const PushRecord& r) {
    nlohmann::json payload = nlohmann::json::parse(r.payload_json, nullptr, false);
    if (payload.is_discarded() || !payload.is_object()) {
        throw ProtocolError("the queued record " + r.uuid + " has a payload that is not a JSON object");
    }
    append(r, payload.dump(), false);
}

void PushBatchWriter::add_canonical(const PushRecord& r) { append(r, r.payload_json, true); }

void PushBatchWriter::append(const PushRecord& r, std::string_view payload, bool sealed_is_base64) {
    nlohmann::json out{{"uuid", r.uuid},
                       {"kind", r.kind},
                       {"schema", r.schema},
                       {"created_at", core::to_iso8601(r.created_at)},
                       {"device_id", r.device_id}};
    if (r.signature) out["signature"] = *r.signature;
    if (r.sealed && !sealed_is_base64) out["sealed"] = *r.sealed;
    std::string text = out.dump();
    text.pop_back();  // the closing brace: the payload goes last
    if (!records_->text.empty()) records_->text += ',';
    records_->text += text;
    if (r.sealed && sealed_is_base64) {
        // BatchSealer's base64 needs no escaping: copied as it is, not through the serialiser.
        records_->text += ",\"sealed\":\"";
        records_->text += *r.sealed;
        records_->text += '"';
    }
    records_->text += ",\"payload\":";
    records_->text += payload;
    records_->text += '}';
    uuids_.push_back(r.uuid);
}

std::string PushBatchWriter::take_body() {
    nlohmann::json doc{{"api_version", seal_ ? kApiVersion : 1}, {"device_id", device_id_}};
    if (audit_head_) doc["audit_head"] = *audit_head_;
    if (audit_anchor_) doc["audit_anchor"] = *audit_anchor_;
    if (audit_signature_) doc["audit_signature"] = *audit_signature_;
    if (seal_) {
        doc["batch"] = {{"key", seal_->batch_key}, {"manifest", seal_->manifest}, {"signature", seal_->signature}};
    }
    std::string body = doc.dump();
    body.pop_back();
    body += ",\"records\":[";
    body += records_->text;
    body += "]}";
    records_->text.clear();
    records_->text.shrink_to_fit();
    return body;
}

}  // namespace kiosk::sync
