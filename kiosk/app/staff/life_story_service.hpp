#pragma once
// Writing a life-story note (issue #16, item 4): the rules of core/life_story, then one
// transaction with the note, its audit row, its sealed outbox record and, when the session's
// record is still a draft, a chip on its timeline so the record says a note was made (not what).
#include <vector>

#include "kiosk/core/life_story.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct LifeStoryResult {
    std::vector<core::LifeStoryProblem> problems;  // empty when written
    core::Id note_id = 0;
};

class LifeStoryService {
public:
    LifeStoryService(store::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}

    // The note is for the child of `session_id` (written during or after it) by `staff_id`.
    // Throws StaffActionError when the worker may not write (signed out, deactivated) or the
    // session is unknown; returns the problems when the note is not complete.
    LifeStoryResult write_note(core::Id session_id, core::Id staff_id, core::LifeStoryNote note);

private:
    store::Database& db_;
    const core::Clock& clock_;
};

}  // namespace kiosk::app
