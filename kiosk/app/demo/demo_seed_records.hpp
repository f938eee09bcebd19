#pragma once
// The demo's observation records, so it opens on a believable day (issue #15, item 6): every
// past visit has its record, finished by its worker that afternoon (all ten sections, signed
// and locked), reviewed by the coordinator the next morning and delivered by the 08:05 sync;
// records older than the venue keeps them (7 days) have had their text removed, as the sync
// does. Only the last few visits still owe a record: two due today (one started), one overdue.
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct DemoVisit {
    core::Id session_id = 0;
    core::Id worker_id = 0;
    core::Timestamp starts{};
    int minutes = 60;
};

// Records for `visits` (past weeks' sessions, all ended), in transactions of a few hundred.
// The newest `left_unreviewed` records keep no review, for the sync screen's "not reviewed".
void seed_past_records(store::Database& db, const std::vector<DemoVisit>& visits, core::Id coordinator,
                       const std::string& time_zone, core::Timestamp today, int left_unreviewed);

// A draft its worker started after the visit and has not finished: `sections` of the ten written.
void seed_started_draft(store::Database& db, const DemoVisit& visit, int sections);

}  // namespace kiosk::app
