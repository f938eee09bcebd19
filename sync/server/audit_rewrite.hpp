#pragma once
// Whether a batch shows that its device's audit history was rewritten since the server last
// saw it (docs/sync-api.md, "Audit head"). The head alone only catches a history that went
// back; a rewrite followed by new rows would pass it. So each batch also vouches, with
// `audit_anchor`, for the row the server saw as the device's newest, as the device's chain has
// that row now: a rewrite anywhere before it changes its hash. The anchor may be either of the
// two newest heads, because the device builds the next batch while the one before it is on
// its way; any older anchor could come from before a rewrite and is refused.
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/audit_head.hpp"

namespace kiosk::sync::server {

// `recent`: the newest heads the server kept for the device, newest first (at most two are
// used). Empty when the batch extends them or repeats one of the two newest (a retry);
// otherwise the reason, in words.
std::string rewrite_evidence(const std::vector<AuditHead>& recent, const AuditHead& head,
                             const std::optional<std::string>& anchor);

}  // namespace kiosk::sync::server
