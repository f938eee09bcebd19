#include "sync/protocol/push_batch.hpp"

#include "sync/protocol/api_version.hpp"

#include <nlohmann/json.hpp>

#include <set>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch_writer.hpp"
#include "sync/protocol/record_kinds.hpp"
#include "sync/protocol/wire_time.hpp"

namespace kiosk::sync {
namespace {
using nlohmann::json;

std::optional<RecordStatus> parse_status(const std::string& text) {
    if (text == "stored") return RecordStatus::Stored;
    if (text == "already_stored") return RecordStatus::AlreadyStored;
    if (text == "rejected") return RecordStatus::Rejected;
    return std::nullopt;
}

const json* string_field(const json& object, const char* name) {
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string()) return nullptr;
    return &*it;
}

// Reads one record of a batch; the problem says in words why it cannot be stored.
ReceivedRecord read_record(const json& item, const std::string& batch_device) {
    ReceivedRecord out;
    if (!item.is_object()) {
        out.problem = "a record is not a JSON object";
        return out;
    }
    if (const json* uuid = string_field(item, "uuid")) out.uuid = uuid->get<std::string>();
    if (out.uuid.empty() || out.uuid.size() > 64) {
        out.problem = "the record has no uuid";
        return out;
    }
    const json* kind = string_field(item, "kind");
    const json* created = string_field(item, "created_at");
    const json* device = string_field(item, "device_id");
    const auto schema = item.find("schema");
    const auto payload = item.find("payload");
    if (kind == nullptr || created == nullptr || device == nullptr || schema == item.end() ||
        payload == item.end()) {
        out.problem = "the record lacks one of kind, schema, created_at, device_id, payload";
        return out;
    }
    if (!is_known_record_kind(kind->get<std::string>())) {
        out.problem = "unknown record kind \"" + kind->get<std::string>() + "\"";
        return out;
    }
    // 1: the record kinds before issue #13; 2: every venue kind (venue_entities.hpp). Which kind
    // takes which is check_payload's to say.
    if (!schema->is_number_integer() || schema->get<std::int64_t>() < 1 ||
        schema->get<std::int64_t>() > kVenuePayloadSchema) {
        out.problem = "unsupported schema version for " + kind->get<std::string>();
        return out;
    }
    const auto created_at = parse_wire_time(created->get<std::string>());
    if (!created_at) {
        out.problem = "created_at is not a UTC time like 2026-11-23T10:05:00Z";
        return out;
    }
    if (device->get<std::string>() != batch_device) {
        out.problem = "the record names a different device from its batch";
        return out;
    }
    if (!payload->is_object()) {
        out.problem = "the payload is not a JSON object";
        return out;
    }
    const json* sealed = string_field(item, "sealed");
    const int version = schema->get<int>();
    if (sealed != nullptr) {
        // A sealed record shows only its payload's version; the rest is checked once opened.
        if (payload->size() != 1 || !payload->contains("schema") || (*payload)["schema"] != version) {
            out.problem = "a sealed record's plain payload must hold only its schema";
            return out;
        }
    } else if (std::string problem = check_payload(kind->get<std::string>(), version, *payload); !problem.empty()) {
        out.problem = std::move(problem);
        return out;
    }
    PushRecord r{.uuid = out.uuid,
                 .kind = kind->get<std::string>(),
                 .schema = schema->get<int>(),
                 .created_at = *created_at,
                 .device_id = device->get<std::string>(),
                 .payload_json = payload->dump(),
                 .signature = std::nullopt,
                 .sealed = std::nullopt};
    if (const json* s = string_field(item, "signature")) r.signature = s->get<std::string>();
    if (sealed != nullptr) r.sealed = sealed->get<std::string>();
    out.record = std::move(r);
    return out;
}

}  // namespace

std::string_view to_string(RecordStatus status) {
    switch (status) {
        case RecordStatus::Stored: return "stored";
        case RecordStatus::AlreadyStored: return "already_stored";
        case RecordStatus::Rejected: return "rejected";
    }
    return "rejected";
}

std::string encode_push_batch(const PushBatch& batch) {
    PushBatchWriter writer(batch.device_id, batch.audit_head, batch.audit_anchor, batch.audit_signature);
    for (const auto& r : batch.records) writer.add(r);
    if (batch.seal) writer.seal_with(*batch.seal);
    return writer.take_body();
}

std::vector<RecordResult> decode_push_results(const std::string& body, const std::vector<PushRecord>& sent) {
    std::vector<std::string> uuids;
    for (const auto& r : sent) uuids.push_back(r.uuid);
    return decode_push_results(body, uuids);
}

std::vector<RecordResult> decode_push_results(const std::string& body, const std::vector<std::string>& sent) {
    const json doc = parse_bounded_json(body, "server's answer");
    const auto results = doc.find("results");
    if (!doc.is_object() || results == doc.end() || !results->is_array()) {
        throw ProtocolError("the server's answer has no results list");
    }
    std::set<std::string> expected(sent.begin(), sent.end());
    std::vector<RecordResult> out;
    for (const auto& item : *results) {
        const json* uuid = item.is_object() ? string_field(item, "uuid") : nullptr;
        const json* status = item.is_object() ? string_field(item, "status") : nullptr;
        const auto parsed = status ? parse_status(status->get<std::string>()) : std::nullopt;
        if (uuid == nullptr || !parsed) throw ProtocolError("the server's answer has a result without uuid or status");
        if (expected.erase(uuid->get<std::string>()) == 0) {
            throw ProtocolError("the server answered for a record that was not in the batch");
        }
        RecordResult r{.uuid = uuid->get<std::string>(), .status = *parsed, .reason = {}};
        if (const json* reason = string_field(item, "reason")) r.reason = reason->get<std::string>();
        if (r.status == RecordStatus::Rejected && r.reason.empty()) r.reason = "rejected without a reason";
        out.push_back(std::move(r));
    }
    // A record the server did not mention stays queued: it is not known to have arrived.
    return out;
}

ReceivedBatch decode_push_batch(const std::string& body) {
    const json doc = parse_bounded_json(body, "request");
    if (!doc.is_object()) throw ProtocolError("the request is not a JSON object");
    const json* device = string_field(doc, "device_id");
    const auto records = doc.find("records");
    if (device == nullptr || records == doc.end() || !records->is_array()) {
        throw ProtocolError("the request needs device_id and a records list");
    }
    ReceivedBatch out;
    out.device_id = device->get<std::string>();
    if (const json* head = string_field(doc, "audit_head")) out.audit_head = head->get<std::string>();
    if (const json* anchor = string_field(doc, "audit_anchor")) out.audit_anchor = anchor->get<std::string>();
    if (const json* signature = string_field(doc, "audit_signature")) out.audit_signature = signature->get<std::string>();
    if (const auto version = doc.find("api_version"); version != doc.end()) {
        if (!version->is_number_integer() || version->get<std::int64_t>() < kOldestApiVersion ||
            version->get<std::int64_t>() > kApiVersion) {
            throw ProtocolError("the request's api_version is not one this server takes (1 or 2)");
        }
        out.api_version = version->get<int>();
    }
    if (const auto seal = doc.find("batch"); seal != doc.end()) {
        const json* key = seal->is_object() ? string_field(*seal, "key") : nullptr;
        const json* manifest = seal->is_object() ? string_field(*seal, "manifest") : nullptr;
        const json* signature = seal->is_object() ? string_field(*seal, "signature") : nullptr;
        if (out.api_version < 2 || key == nullptr || manifest == nullptr || signature == nullptr) {
            throw ProtocolError("the request's batch needs api_version 2 and its key, manifest and signature");
        }
        out.seal = BatchSealWire{.batch_key = key->get<std::string>(), .manifest = manifest->get<std::string>(),
                                 .signature = signature->get<std::string>()};
    }
    for (const auto& item : *records) out.records.push_back(read_record(item, out.device_id));
    return out;
}

std::string encode_push_results(const std::vector<RecordResult>& results) {
    json list = json::array();
    for (const auto& r : results) {
        json item{{"uuid", r.uuid}, {"status", to_string(r.status)}};
        if (!r.reason.empty()) item["reason"] = r.reason;
        list.push_back(std::move(item));
    }
    return json{{"results", std::move(list)}}.dump();
}

}  // namespace kiosk::sync
