#pragma once
// Removes the personal text of safeguarding concerns, check-ins and feedback the server has
// confirmed, once older than the venue keeps them (issue #6, item 3, as record_purge does for
// final records): a concern's words, a check-in's finger signature, a feedback comment.
// The rows stay with their ids, session, times, severity, faces and flags, because the day's
// and later work reads them: "already checked in" and "has signed this agreement version" in
// the lobby, the concern count a risk review weighs. Nothing queued or rejected is touched.
// Each purged entry gets a row in purged_entries and an audit row naming what went.
#include <cstdint>

#include "kiosk/core/time.hpp"

namespace kiosk::store {

class WriteTransaction;

// Purges inside the caller's transaction: entries delivered at or before `sent_before`.
// Returns how many entries lost their text (0: nothing written, no audit row).
std::int64_t purge_synced_entries(WriteTransaction& tx, core::Timestamp sent_before);

}  // namespace kiosk::store
