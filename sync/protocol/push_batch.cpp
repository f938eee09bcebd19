#include "sync/protocol/push_batch.hpp"

#include "sync/protocol/api_version.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

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

// The server reads a push body with simdjson and the rest of the protocol with nlohmann: a
// push body is ~1.3 MB of mostly base64 ciphertext, which nlohmann's lexer reads a character at
// a time (about 13 us of the server's CPU a record, the largest step left once format 2 had
// taken the public-key work out; docs/PERFORMANCE.md). simdjson validates the whole body
// (UTF-8 included) and hands each string over as a view; a plain payload is then read once by
// nlohmann, whose DOM check_payload checks, and stored in its canonical form as before.
namespace dom = simdjson::dom;

// A field that is present and text; nothing otherwise (absent, or another type). The first of
// a name that appears twice, which no encoder of ours writes: whichever one is read is what is
// hashed, signed and checked.
std::optional<std::string_view> text_field(dom::object object, std::string_view name) {
    std::string_view value;
    if (object.at_key(name).get_string().get(value) != simdjson::SUCCESS) return std::nullopt;
    return value;
}

// Reads one record of a batch; the problem says in words why it cannot be stored.
ReceivedRecord read_record(dom::element element, std::string_view batch_device) {
    ReceivedRecord out;
    dom::object item;
    if (element.get_object().get(item) != simdjson::SUCCESS) {
        out.problem = "a record is not a JSON object";
        return out;
    }
    if (const auto uuid = text_field(item, "uuid")) out.uuid = std::string{*uuid};
    if (out.uuid.empty() || out.uuid.size() > 64) {
        out.problem = "the record has no uuid";
        return out;
    }
    const auto kind = text_field(item, "kind");
    const auto created = text_field(item, "created_at");
    const auto device = text_field(item, "device_id");
    dom::element schema;
    dom::element payload;
    if (!kind || !created || !device || item.at_key("schema").get(schema) != simdjson::SUCCESS ||
        item.at_key("payload").get(payload) != simdjson::SUCCESS) {
        out.problem = "the record lacks one of kind, schema, created_at, device_id, payload";
        return out;
    }
    if (!is_known_record_kind(*kind)) {
        out.problem = "unknown record kind \"" + std::string{*kind} + "\"";
        return out;
    }
    // 1: the record kinds before issue #13; 2: every venue kind (venue_entities.hpp). Which kind
    // takes which is check_payload's to say. An integer only (1.0 is not one).
    std::int64_t version = 0;
    if (schema.get_int64().get(version) != simdjson::SUCCESS || version < 1 || version > kVenuePayloadSchema) {
        out.problem = "unsupported schema version for " + std::string{*kind};
        return out;
    }
    const auto created_at = parse_wire_time(std::string{*created});
    if (!created_at) {
        out.problem = "created_at is not a UTC time like 2026-11-23T10:05:00Z";
        return out;
    }
    if (*device != batch_device) {
        out.problem = "the record names a different device from its batch";
        return out;
    }
    dom::object payload_object;
    if (payload.get_object().get(payload_object) != simdjson::SUCCESS) {
        out.problem = "the payload is not a JSON object";
        return out;
    }
    const auto sealed = text_field(item, "sealed");
    std::string payload_json;
    if (sealed) {
        // A sealed record shows only its payload's version; the rest is checked once opened.
        std::int64_t shown = 0;
        if (payload_object.size() != 1 ||
            payload_object.at_key("schema").get_int64().get(shown) != simdjson::SUCCESS || shown != version) {
            out.problem = "a sealed record's plain payload must hold only its schema";
            return out;
        }
        payload_json = "{\"schema\":" + std::to_string(version) + "}";  // what nlohmann's dump() wrote
    } else {
        // Read once more, by nlohmann, as the payload alone: check_payload reads its DOM, and
        // the stored text is its canonical dump as before.
        nlohmann::json doc;
        try {
            doc = parse_bounded_json(simdjson::minify(payload_object), "payload");
        } catch (const ProtocolError& error) {
            out.problem = error.what();
            return out;
        }
        if (std::string problem = check_payload(*kind, static_cast<int>(version), doc); !problem.empty()) {
            out.problem = std::move(problem);
            return out;
        }
        payload_json = doc.dump();
    }
    PushRecord r{.uuid = out.uuid,
                 .kind = std::string{*kind},
                 .schema = static_cast<int>(version),
                 .created_at = *created_at,
                 .device_id = std::string{*device},
                 .payload_json = std::move(payload_json),
                 .signature = std::nullopt,
                 .sealed = std::nullopt};
    if (const auto signature = text_field(item, "signature")) r.signature = std::string{*signature};
    if (sealed) r.sealed = std::string{*sealed};
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
    // A parser of its own for each body (the server reads bodies on several threads), nesting
    // bounded as every JSON from the network is (bounded_json.hpp).
    dom::parser parser;
    if (parser.allocate(std::max<std::size_t>(body.size(), 64), kMaxJsonDepth) != simdjson::SUCCESS) {
        throw ProtocolError("the request is too large to read");
    }
    dom::element doc;
    const simdjson::error_code parsed = parser.parse(body.data(), body.size()).get(doc);
    if (parsed != simdjson::SUCCESS) {
        // Refused. The sentence is the one the rest of the protocol gives (nesting, or not JSON):
        // simdjson may meet an unclosed bracket before the depth. That second reading stops at
        // the first fault, and only a refused body pays for it.
        (void)parse_bounded_json(body, "request");
        // Well-formed, but not what simdjson reads: a number past 64 bits or a double's range,
        // which no encoder of ours writes.
        throw ProtocolError(std::string{"the request is not JSON this server reads: "} + simdjson::error_message(parsed));
    }
    dom::object root;
    if (doc.get_object().get(root) != simdjson::SUCCESS) throw ProtocolError("the request is not a JSON object");
    const auto device = text_field(root, "device_id");
    dom::array records;
    if (!device || root.at_key("records").get_array().get(records) != simdjson::SUCCESS) {
        throw ProtocolError("the request needs device_id and a records list");
    }
    ReceivedBatch out;
    out.device_id = std::string{*device};
    if (const auto head = text_field(root, "audit_head")) out.audit_head = std::string{*head};
    if (const auto anchor = text_field(root, "audit_anchor")) out.audit_anchor = std::string{*anchor};
    if (const auto signature = text_field(root, "audit_signature")) out.audit_signature = std::string{*signature};
    if (dom::element version; root.at_key("api_version").get(version) == simdjson::SUCCESS) {
        std::int64_t number = 0;
        if (version.get_int64().get(number) != simdjson::SUCCESS || number < kOldestApiVersion || number > kApiVersion) {
            throw ProtocolError("the request's api_version is not one this server takes (1 or 2)");
        }
        out.api_version = static_cast<int>(number);
    }
    if (dom::element seal; root.at_key("batch").get(seal) == simdjson::SUCCESS) {
        dom::object fields;
        const bool is_object = seal.get_object().get(fields) == simdjson::SUCCESS;
        const auto key = is_object ? text_field(fields, "key") : std::nullopt;
        const auto manifest = is_object ? text_field(fields, "manifest") : std::nullopt;
        const auto signature = is_object ? text_field(fields, "signature") : std::nullopt;
        if (out.api_version < 2 || !key || !manifest || !signature) {
            throw ProtocolError("the request's batch needs api_version 2 and its key, manifest and signature");
        }
        out.seal = BatchSealWire{.batch_key = std::string{*key}, .manifest = std::string{*manifest},
                                 .signature = std::string{*signature}};
    }
    out.records.reserve(records.size());
    for (const dom::element item : records) out.records.push_back(read_record(item, out.device_id));
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
