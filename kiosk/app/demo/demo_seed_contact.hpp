#pragma once
// The demo's indirect contact and life-story work (issue #16, items 3 and 4): letterbox
// arrangements for the first families (one exchange coming up, one overdue), a card waiting to be
// checked and one forwarded last month; and life-story notes from last week's visits.
#include <string>
#include <vector>

#include "kiosk/app/demo/demo_seed_records.hpp"

namespace kiosk::app {

void seed_demo_contact(store::Database& db, const std::vector<core::Id>& children, const std::vector<DemoVisit>& past_visits,
                       core::Timestamp today, const std::string& time_zone);

}  // namespace kiosk::app
