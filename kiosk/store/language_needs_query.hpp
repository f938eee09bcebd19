#pragma once
// A family's language needs (issue #16, item 10) wherever the device learnt them: the lobby's
// starting language after a visit code, the staff board's line. A device that holds the child's
// referrals (the coordinator's PC, a device on its own) reads them; a lobby or a tablet at a
// venue holds none and reads the copy the venue hub derived onto the child (schema v25).
#include "kiosk/core/ids.hpp"
#include "kiosk/core/language_needs.hpp"

namespace kiosk::store {

class Database;

// The referrals decide when the device holds any of the child's (the newest one that says
// anything; none says anything: nothing recorded); otherwise the child's copy.
core::LanguageNeeds family_language_needs(Database& db, core::Id child_id);

}  // namespace kiosk::store
