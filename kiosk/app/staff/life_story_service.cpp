#include "kiosk/app/staff/life_story_service.hpp"

#include "kiosk/app/record_payload.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff_actor.hpp"
#include "kiosk/store/life_story_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

LifeStoryResult LifeStoryService::write_note(core::Id session_id, core::Id staff_id, core::LifeStoryNote note) {
    LifeStoryResult result;
    const auto member = store::StaffRepository(db_).find(staff_id);
    if (!member || !member->active) throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.sign_in_again");
    const auto session = store::SessionRepository(db_).find(session_id);
    if (!session) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_session");
    result.problems = core::check_life_story_note(note);
    if (!result.problems.empty()) return result;

    const core::Timestamp now = clock_.now();
    note.child_id = session->child_id;
    note.session_id = session_id;
    note.written_by = staff_id;
    note.at = now;
    store::RecordRepository records(db_);
    const auto record = records.for_session(session_id);
    store::WriteTransaction tx(db_, staff_actor(staff_id), now);
    result.note_id = store::LifeStoryRepository(db_).add(tx, note, payload_for(db_, "life_story_note"));
    if (record && record->state == core::RecordState::Draft) {
        records.add_timeline_entry(tx, record->id, {0, now, "life_story_note", ""});
    }
    tx.commit();
    return result;
}

}  // namespace kiosk::app
