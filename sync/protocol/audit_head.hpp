#pragma once
// The device's audit chain head as it travels in a push batch: "<seq>:<hex of the hash>".
// The server keeps the heads each device has shown it; a later batch whose head does not
// extend them means the device's history was rewritten (docs/sync-api.md, "Audit head").
#include <cstdint>
#include <optional>
#include <string>

namespace kiosk::sync {

struct AuditHead {
    std::int64_t seq = 0;
    std::string hash_hex;  // 64 lowercase hex digits (BLAKE2b-256)
};

std::string format_audit_head(const AuditHead& head);
std::optional<AuditHead> parse_audit_head(const std::string& text);

// What an enrolled device signs for a batch's head and anchor: "contact-kiosk/audit-head/v1\n"
// and the compact JSON of {anchor, device_id, head} (null for an absent one). Bound to the
// device id, so one device's signed head cannot be replayed as another's.
std::string audit_claims_signing_bytes(const std::string& device_id, const std::optional<std::string>& head,
                                       const std::optional<std::string>& anchor);

// GET /api/v1/audit-head answers {"seq": N}: the newest audit row of this device the server
// has seen (0: none yet). The device then vouches for that row in its batches ("audit_anchor").
std::string encode_audit_seen(std::int64_t seq);
// Throws ProtocolError when the answer is not that shape.
std::int64_t decode_audit_seen(const std::string& body);

}  // namespace kiosk::sync
