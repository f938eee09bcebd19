#include "sync/server/audit_rewrite.hpp"

namespace kiosk::sync::server {

std::string rewrite_evidence(const std::vector<AuditHead>& recent, const AuditHead& head,
                             const std::optional<std::string>& anchor_text) {
    if (recent.empty()) return {};
    const std::string rewritten = "this device's audit history was rewritten: ";
    // One of the newest heads again (a batch sent again after its answer was lost): the hash
    // chain up to it is the one the server saw, so it needs no anchor.
    for (std::size_t i = 0; i < recent.size() && i < 2; ++i) {
        if (recent[i].seq == head.seq && recent[i].hash_hex == head.hash_hex) return {};
    }
    const AuditHead& newest = recent.front();
    if (head.seq < newest.seq) {
        return rewritten + "it now ends at row " + std::to_string(head.seq) + ", but the server has seen row " +
               std::to_string(newest.seq);
    }
    if (head.seq == newest.seq && head.hash_hex != newest.hash_hex) {
        return rewritten + "row " + std::to_string(head.seq) + " has a different hash from the one the server saw";
    }
    const auto anchor = anchor_text ? parse_audit_head(*anchor_text) : std::nullopt;
    if (!anchor) {
        return rewritten + "the batch does not vouch for row " + std::to_string(newest.seq) +
               ", the newest the server saw";
    }
    for (std::size_t i = 0; i < recent.size() && i < 2; ++i) {
        if (recent[i].seq != anchor->seq) continue;
        if (recent[i].hash_hex == anchor->hash_hex) return {};
        return rewritten + "row " + std::to_string(anchor->seq) + " has a different hash from the one the server saw";
    }
    return rewritten + "the batch vouches for row " + std::to_string(anchor->seq) + ", not for row " +
           std::to_string(newest.seq) + ", the newest the server saw";
}

}  // namespace kiosk::sync::server
