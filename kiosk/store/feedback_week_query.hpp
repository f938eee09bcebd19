#pragma once
// Families' feedback as the coordinator reads it (issue #16, item 9): one week's, with the
// venue's name and, for named feedback only, the child's first name. Anonymous feedback has no
// session to name a child from (schema v20).
#include <string>
#include <vector>

#include "kiosk/core/check_in.hpp"

namespace kiosk::store {

class Database;

struct FeedbackRow {
    core::Feedback feedback;
    std::string venue_name;         // "" when the row names no venue
    std::string child_first_name;   // named feedback only
    bool comment_removed = false;   // its comment left the device after it was sent
};

// The feedback given in the week starting on `monday` ("2026-11-23"), by venue, then newest first.
std::vector<FeedbackRow> feedback_of_week(Database& db, const std::string& monday);

// The weeks that have feedback, newest first, at most `limit`.
std::vector<std::string> weeks_with_feedback(Database& db, int limit);

}  // namespace kiosk::store
