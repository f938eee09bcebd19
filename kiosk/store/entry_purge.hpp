#pragma once
// Removes the personal text of safeguarding concerns, check-ins, feedback, comfort calls and
// missed-session notices the server has confirmed, once older than the venue keeps them
// (issue #6, item 3, as record_purge does for final records): a concern's words, a check-in's
// finger signature, a feedback comment, a comfort call's conversation notes (who the critical
// connection is, what the child and family wanted to say, how it went), who missed a session
// and why. The rows stay with their ids, session, times, severity, faces and flags, because the
// day's and later work reads them: "already checked in" and "has signed this agreement version"
// in the lobby, the concern count a risk review weighs, the deadlines a held call meets, and
// the care notes of a comfort call that the staff board shows at every session.
// Nothing queued or rejected is touched. Copies the venue hub sent (a concern's words on a
// coordinator's PC, life-story notes, decided letterbox items; schema v26) lose the same text
// once they arrived before the cutoff: the device that wrote them and the hub keep the original.
// Each purged entry gets a row in purged_entries and an audit row naming what went.
#include <cstdint>
#include <optional>
#include <string_view>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

// Purges inside the caller's transaction: entries the social work team's server confirmed at or
// before `sent_before` (outbox.confirmed_at, schema v14), and copies received from the hub at or
// before it (received_entries.received_at, schema v26).
// Returns how many entries lost their text (0: nothing written, no audit row).
std::int64_t purge_synced_entries(WriteTransaction& tx, core::Timestamp sent_before);

// When the text of entry `entity_id` of `kind` ("comfort_call", ...) was removed, if it was:
// an empty field then reads as "removed after it was sent", not as "never written".
std::optional<core::Timestamp> entry_purged_at(Database& db, std::string_view kind, core::Id entity_id);

}  // namespace kiosk::store
