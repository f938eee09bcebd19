#pragma once
// The raw facts the deadlines board is computed from: sessions whose record is not final yet,
// and agreements' review dates. The due-time rules live in core (deadline_board).
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;

struct SessionRecordDeadline {
    core::Id session_id = 0;
    std::string child_first_name;
    core::Id record_id = 0;   // the draft, 0 when nobody has started the record
    std::string worker_name;  // who holds the draft, else the session's worker; empty when none was allocated
    bool worker_active = true;  // false: that person can no longer sign in, so the draft needs a hand-over
    core::Timestamp session_end{};
    int timescale_hours = 24;
    int working_days = 0;
};

struct ReviewOwed {
    core::Id agreement_id = 0;
    std::string child_first_name;
    std::string review_date;  // YYYY-MM-DD
};

class DeadlineSourceRepository {
public:
    explicit DeadlineSourceRepository(Database& db) : db_(db) {}

    // Ended sessions since `since` with no final record.
    std::vector<SessionRecordDeadline> records_owed(core::Timestamp since);
    // The latest version of each agreement with a review on or before `until_date`.
    std::vector<ReviewOwed> reviews_owed(const std::string& until_date);

private:
    Database& db_;
};

}  // namespace kiosk::store
