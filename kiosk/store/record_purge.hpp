#pragma once
// Removes the plain text of final records the server has confirmed, once they are older than
// the venue keeps them (issue #6, item 3): sections, timeline and addenda go, and the outbox
// copies of what was sent lose their payload. Drafts, unsent or rejected records, and records
// with an addendum still on its way stay whole. Each purged record gets an audit row.
// The same call purges the text of synced concerns, check-ins and feedback (entry_purge.hpp),
// so the one purge after each sync covers everything the server has confirmed.
#include <cstdint>
#include <optional>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

// Purges inside the caller's transaction: records the social work team's server confirmed at or before
// `sent_before` (outbox.confirmed_at: the push answer when sent to it directly, the hub's receipt
// otherwise; schema v14).
// Returns how many records, entries and outbox copies were purged (0: nothing written, no audit row).
std::int64_t purge_synced_records(WriteTransaction& tx, core::Timestamp sent_before);

// When the record's text left this device, if it did (an empty record then reads as "sent and
// removed", not as "nothing was written").
std::optional<core::Timestamp> record_purged_at(Database& db, core::Id record_id);

}  // namespace kiosk::store
