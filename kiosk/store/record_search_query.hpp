#pragma once
// Finding a past observation record by the child's first name and the session's day, for the
// coordinator's review and addenda. Read-only, across records, sessions, children and staff.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;

struct RecordFound {
    core::Id record_id = 0;
    core::Id session_id = 0;
    std::string child_first_name;
    std::string author_name;
    core::Timestamp session_start{};
    bool final = false;
    bool reviewed = false;
};

struct RecordSearch {
    std::string child_name;  // the start of the child's first name, any case; empty: any child
    std::optional<core::Timestamp> from;  // sessions starting in [from, to)
    std::optional<core::Timestamp> to;
    int limit = 50;
};

// Newest session first.
std::vector<RecordFound> find_records(Database& db, const RecordSearch& search);

}  // namespace kiosk::store
