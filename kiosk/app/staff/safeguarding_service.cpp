#include "kiosk/app/staff/safeguarding_service.hpp"

#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff_actor.hpp"
#include "kiosk/core/text.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/app/record_payload.hpp"
#include "kiosk/store/uuid_index.hpp"

namespace kiosk::app {

core::Id SafeguardingService::raise_concern(core::Id session_id, core::Id staff_id, core::ConcernSeverity severity,
                                            const std::string& text) {
    if (core::check_free_text(text) != core::TextProblem::None) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.text_not_saved");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.concern_empty");
    }
    const auto member = store::StaffRepository(db_).find(staff_id);
    if (!member || !member->active) throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.sign_in_again");
    if (session_id != 0 && !store::SessionRepository(db_).find(session_id)) {
        throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_session");
    }
    store::RecordRepository records(db_);
    const auto record = session_id != 0 ? records.for_session(session_id) : std::nullopt;

    const core::Timestamp now = clock_.now();
    core::Concern concern{0, session_id, staff_id, now, severity, text};
    store::WriteTransaction tx(db_, staff_actor(staff_id), now);
    concern.id = store::ConcernRepository(db_).add(tx, concern, payload_for(db_, "concern"));
    // Colleagues see it on the board; the alert says which concern, never what it says.
    const core::Alert alert{.id = 0,
                            .kind = core::AlertKind::SafeguardingConcern,
                            .session_id = session_id,
                            .raised_at = now,
                            .detail = "concern:" + store::UuidIndex(db_).uuid_of(store::Table::Concerns, concern.id) +
                                      " severity:" +
                                      std::string(core::to_string(severity)),
                            .acknowledged_by = 0,
                            .acknowledged_at = std::nullopt};
    store::AlertRepository(db_).raise(tx, alert, payload_for(db_, "alert"));
    if (record && record->state == core::RecordState::Draft) {
        records.add_timeline_entry(tx, record->id, {0, now, "safeguarding_concern", ""});
    }
    tx.commit();
    return concern.id;
}

}  // namespace kiosk::app
