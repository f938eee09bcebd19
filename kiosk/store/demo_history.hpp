#pragma once
// The demo's long history in bulk (issue #15, item 6): a venue that has run for months has a
// final record for every past visit, sent long ago, reviewed, and its text removed from the
// device by the purge after sync. Written here with three INSERT ... SELECT statements and one
// audit row, so a 100 000-family stress dataset seeds in about the same time as before; the
// demo's visible families get full, sealed records through the repositories instead.
#include <cstdint>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class WriteTransaction;

// Every session ended before `ended_before` that has no record gets one: authored by its worker,
// finalized three hours after its end, reviewed by `reviewer` (0: not reviewed), and marked
// purged at the transaction's time. The seal is a placeholder ("demo-history"): the text it
// would cover is not on the device. Returns how many records it wrote (0: no audit row).
std::int64_t add_settled_history(WriteTransaction& tx, core::Timestamp ended_before, core::Id reviewer);

}  // namespace kiosk::store
