#pragma once
// What the observation-record screen calls. Every edit is its own small transaction, committed
// (WAL, synchronous=FULL) before the call returns, so nothing on screen a second ago can be
// lost. Bad text is refused with a sentence and nothing already saved is touched.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct FinalizeResult {
    bool finalized = false;
    std::vector<core::RecordSection> missing;  // why not, when not: sections still to write
    std::vector<std::pair<core::RecordSection, int>> missing_for_siblings;  // a sibling's own parts (position)
    bool late_entry = false;
    core::Timestamp due_at{};
};

class RecordService {
public:
    RecordService(store::Database& db, const core::Clock& clock) : db_(db), clock_(clock) {}

    // The session's draft, created for this worker if there is none yet. Refused (WrongState)
    // when the session's record is already final.
    core::Id open_draft(core::Id session_id, core::Id worker_id);
    // Saves the whole text of one section (autosave: call it on every change).
    void save_section(core::Id record_id, core::Id worker_id, core::RecordSection section, const std::string& text);
    // A sibling's own part of a sibling session's record (issue #16): `position` is theirs in
    // the session (2, 3, ...); refused (InvalidInput) for a section or position that is not one.
    void save_sibling_section(core::Id record_id, core::Id worker_id, core::RecordSection section, int position,
                              const std::string& text);
    // A time-stamped entry: a quick-tap chip key ("hug", "nappy_change"), free text, or both.
    core::Id add_timeline_entry(core::Id record_id, core::Id worker_id, const std::string& chip, const std::string& text);

    // Checks the required sections, signs with the worker's identity and the time, and
    // locks. Marks a late entry when past the agreement's recording timescale.
    FinalizeResult finalize(core::Id record_id, core::Id worker_id);
    // A dated correction to a final record, by any active staff member.
    core::Id add_addendum(core::Id record_id, core::Id staff_id, const std::string& text);
    // A coordinator who did not write the record has read it.
    void mark_reviewed(core::Id record_id, core::Id coordinator_id);

    std::optional<core::ObservationRecord> record(core::Id record_id);
    // Who may write the draft (its author, unless a coordinator handed it over); for a final
    // record, who signed it.
    core::Id holder(const core::ObservationRecord& record);
    // When the record of this session is due (agreement timescale from the session's end).
    core::Timestamp due_at(core::Id session_id);

private:
    core::ObservationRecord editable_draft(core::Id record_id, core::Id worker_id);
    // The positions (2, 3, ...) of the session's siblings; empty for one child.
    std::vector<int> sibling_positions(core::Id session_id);
    store::Database& db_;
    const core::Clock& clock_;
};

}  // namespace kiosk::app
