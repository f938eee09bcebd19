#include "sync/protocol/audit_head.hpp"

#include <nlohmann/json.hpp>

#include <charconv>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {

std::string format_audit_head(const AuditHead& head) { return std::to_string(head.seq) + ":" + head.hash_hex; }

std::optional<AuditHead> parse_audit_head(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    AuditHead head;
    const auto [end, error] = std::from_chars(text.data(), text.data() + colon, head.seq);
    if (error != std::errc{} || end != text.data() + colon || head.seq < 1) return std::nullopt;
    head.hash_hex = text.substr(colon + 1);
    if (head.hash_hex.size() != 64) return std::nullopt;
    for (const char c : head.hash_hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
    }
    return head;
}

std::string audit_claims_signing_bytes(const std::string& device_id, const std::optional<std::string>& head,
                                       const std::optional<std::string>& anchor) {
    const auto or_null = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    const nlohmann::json doc{{"device_id", device_id}, {"head", or_null(head)}, {"anchor", or_null(anchor)}};
    return "contact-kiosk/audit-head/v1\n" + doc.dump();
}

std::string encode_audit_seen(std::int64_t seq) { return nlohmann::json{{"seq", seq}}.dump(); }

std::int64_t decode_audit_seen(const std::string& body) {
    const auto doc = parse_bounded_json(body, "server's audit head answer");
    if (!doc.is_object() || !doc.contains("seq") || !doc["seq"].is_number_integer() || doc["seq"].get<std::int64_t>() < 0) {
        throw ProtocolError("the server's audit head answer is not {\"seq\": N}");
    }
    return doc["seq"].get<std::int64_t>();
}

}  // namespace kiosk::sync
