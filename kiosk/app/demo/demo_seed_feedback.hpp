#pragma once
// The demo's feedback (issue #16, item 9): what families said after last week's visits, some
// anonymous, some with a comment, already sent to the social work team, so the coordinator's
// feedback page has a week to read on the demo's Monday morning.
#include <string>
#include <vector>

#include "kiosk/app/demo/demo_seed_records.hpp"

namespace kiosk::app {

void seed_demo_feedback(store::Database& db, const std::vector<DemoVisit>& past_visits, core::Id venue_id,
                        const std::string& time_zone);

}  // namespace kiosk::app
