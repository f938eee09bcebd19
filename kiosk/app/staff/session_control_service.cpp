#include "kiosk/app/staff/session_control_service.hpp"

#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff_actor.hpp"
#include "kiosk/core/text.hpp"
#include "kiosk/store/call_event_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
void require_active(store::Database& db, core::Id staff_id) {
    const auto member = store::StaffRepository(db).find(staff_id);
    if (!member || !member->active) throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.sign_in_again");
}
}  // namespace

template <class Change>
void SessionControlService::record_event(core::Id session_id, core::Id staff_id, const char* chip, Change change) {
    require_active(db_, staff_id);
    store::RecordRepository records(db_);
    const core::Timestamp now = clock_.now();
    try {
        store::WriteTransaction tx(db_, staff_actor(staff_id), now);
        change(tx, store::SessionRepository(db_));
        // Read inside the transaction, after the change, so a draft the change opened counts.
        const auto record = records.for_session(session_id);
        if (record && record->state == core::RecordState::Draft) {
            records.add_timeline_entry(tx, record->id, {0, now, chip, ""});
        }
        tx.commit();
    } catch (const store::StoreError& error) {
        // The state machine said no (or the session is unknown): nothing was saved. The store's
        // words are for logs; the worker reads the catalog's, in their language.
        if (error.kind() == store::StoreErrorKind::NotFound) {
            throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_session");
        }
        if (error.kind() != store::StoreErrorKind::Refused) throw;
        throw StaffActionError(StaffActionProblem::WrongState, "staff.error.not_at_this_step");
    }
}

void SessionControlService::child_arrived(core::Id session_id, core::Id staff_id, const std::string& brought_by) {
    if (core::check_short_text(brought_by) != core::TextProblem::None || brought_by.find_first_not_of(' ') == std::string::npos) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.say_who_brought");
    }
    record_event(session_id, staff_id, "child_arrived", [&](store::WriteTransaction& tx, store::SessionRepository s) {
        s.record_child_arrived(tx, session_id, brought_by);
    });
}

void SessionControlService::sibling_arrived(core::Id session_id, core::Id staff_id, core::Id child_id,
                                            const std::string& brought_by) {
    if (core::check_short_text(brought_by) != core::TextProblem::None || brought_by.find_first_not_of(' ') == std::string::npos) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.say_who_brought");
    }
    record_event(session_id, staff_id, "sibling_arrived", [&](store::WriteTransaction& tx, store::SessionRepository s) {
        s.record_sibling_arrived(tx, session_id, child_id, brought_by);
    });
}

void SessionControlService::call_event(core::Id session_id, core::Id staff_id, core::CallParty party,
                                       core::CallEventKind kind) {
    const std::string chip = "call_" + std::string{core::to_string(party)} + "_" + std::string{core::to_string(kind)};
    record_event(session_id, staff_id, chip.c_str(), [&](store::WriteTransaction& tx, store::SessionRepository s) {
        store::CallEventRepository events(db_);
        const auto session = s.find(session_id);
        if (!session) throw store::StoreError(store::StoreErrorKind::NotFound, "no such session");
        if (core::is_closed(session->state)) throw store::StoreError(store::StoreErrorKind::Refused, "the call has ended");
        if (!core::call_event_allowed(core::summarize_call(events.for_session(session_id)), party, kind)) {
            throw store::StoreError(store::StoreErrorKind::Refused, "that party is not at that step of the call");
        }
        events.add(tx, {0, session_id, tx.at(), party, kind, staff_id});
        if (const auto next = core::state_after_call_event(session->state, party, kind)) s.set_state(tx, session_id, *next);
    });
}

void SessionControlService::parent_arrived(core::Id session_id, core::Id staff_id) {
    record_event(session_id, staff_id, "parent_arrived", [&](store::WriteTransaction& tx, store::SessionRepository s) {
        s.set_state(tx, session_id, core::SessionState::ParentArrived);
    });
}

void SessionControlService::bring_parent_through(core::Id session_id, core::Id staff_id) {
    record_event(session_id, staff_id, "parent_through", [&](store::WriteTransaction& tx, store::SessionRepository s) {
        s.record_parent_through(tx, session_id);
    });
}

core::Id SessionControlService::start(core::Id session_id, core::Id staff_id) {
    // The start and the opening of the draft are one transaction: a refused start leaves no
    // empty draft behind, and the start is the record's first timeline entry.
    core::Id record_id = 0;
    record_event(session_id, staff_id, "session_started", [&](store::WriteTransaction& tx, store::SessionRepository s) {
        s.record_started(tx, session_id);
        store::RecordRepository records(db_);
        const auto existing = records.for_session(session_id);
        if (existing && existing->state == core::RecordState::Final) {
            throw StaffActionError(StaffActionProblem::WrongState, "staff.error.record_already_final");
        }
        record_id = existing ? existing->id : records.create_draft(tx, session_id, staff_id);
    });
    return record_id;
}

void SessionControlService::end(core::Id session_id, core::Id staff_id) {
    record_event(session_id, staff_id, "session_ended", [&](store::WriteTransaction& tx, store::SessionRepository s) {
        s.record_ended(tx, session_id, "", "");
    });
}

void SessionControlService::end_early(core::Id session_id, core::Id staff_id, core::EndedEarlyReason reason,
                                      const std::string& words) {
    if (core::check_ended_early(reason, words)) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.early_words_needed");
    }
    if (core::check_free_text(words) != core::TextProblem::None) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.words_not_saved");
    }
    record_event(session_id, staff_id, "session_ended_early",
                 [&](store::WriteTransaction& tx, store::SessionRepository s) {
                     s.record_ended(tx, session_id, std::string(core::to_string(reason)), words);
                 });
}

std::vector<core::DepartureStep> SessionControlService::departure_plan(core::Id session_id, std::chrono::minutes gap) {
    const auto session = store::SessionRepository(db_).find(session_id);
    if (!session) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_session");
    return core::departure_plan(session->arrival_windows, gap);
}

}  // namespace kiosk::app
