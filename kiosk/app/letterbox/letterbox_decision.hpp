#pragma once
// Deciding a letterbox item (issue #16, item 3): the one place an item is forwarded or held, for
// the coordinator's desk and the contact worker's tablet alike. The rules are core/letterbox's
// check_decision; the write is one transaction with its audit row and the item's sealed record
// queued for the social work team. Whoever decides is the checker and the audit actor.
#include <string>
#include <vector>

#include "kiosk/core/letterbox.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct LetterboxResult {
    std::vector<core::LetterboxProblem> problems;  // empty when saved
    core::Id id = 0;
};

// Throws StoreError NotFound for an unknown item, and StoreError Refused when another device's
// decision landed between the check and the write (the first decision stands). An item already
// decided when it is read comes back as the AlreadyDecided problem, nothing written.
LetterboxResult decide_letterbox_item(store::Database& db, const core::Clock& clock, core::Id checker,
                                      core::Id item_id, core::LetterboxDecision decision,
                                      const std::vector<core::LetterboxCheck>& checks_passed, const std::string& reason);

}  // namespace kiosk::app
