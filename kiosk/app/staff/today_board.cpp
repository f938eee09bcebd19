#include "kiosk/app/staff/today_board.hpp"

#include <array>

#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff_actor.hpp"
#include "kiosk/core/enum_names.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/call_event_repository.hpp"
#include "kiosk/store/language_needs_query.hpp"
#include "kiosk/core/transition_summary.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
constexpr core::EnumNames<BoardStage, 9> kStageNames{{{
    {BoardStage::Booked, "booked"},
    {BoardStage::ParentArrived, "parent_arrived"},
    {BoardStage::ChildArrived, "child_arrived"},
    {BoardStage::InProgress, "in_progress"},
    {BoardStage::Ended, "ended"},
    {BoardStage::RecordDraft, "record_draft"},
    {BoardStage::RecordFinal, "record_final"},
    {BoardStage::Cancelled, "cancelled"},
    {BoardStage::NoShow, "no_show"},
}}};

BoardStage stage_of(const core::Session& s, const std::optional<core::ObservationRecord>& record) {
    switch (s.state) {
        case core::SessionState::Booked: return BoardStage::Booked;
        case core::SessionState::ParentArrived: return BoardStage::ParentArrived;
        case core::SessionState::ChildArrived: return BoardStage::ChildArrived;
        case core::SessionState::InProgress: return BoardStage::InProgress;
        case core::SessionState::Cancelled: return BoardStage::Cancelled;
        case core::SessionState::NoShow: return BoardStage::NoShow;
        case core::SessionState::Ended:
        case core::SessionState::EndedEarly: break;
    }
    // Once a session has ended, what matters is where its record is.
    if (!record) return BoardStage::Ended;
    return record->state == core::RecordState::Final ? BoardStage::RecordFinal : BoardStage::RecordDraft;
}
}  // namespace

std::string_view to_string(BoardStage stage) { return kStageNames.name(stage); }

void add_contact_details(store::Database& db, const std::string& time_zone, const std::string& local_date,
                         const core::Session& s, BoardSession& row) {
    store::FamilyRepository people(db);
    for (const auto& sibling : s.siblings) {
        BoardSibling b;
        b.child_id = sibling.child_id;
        b.position = sibling.position;
        if (const auto child = people.child(sibling.child_id)) {
            b.first_name = child->first_name;
            b.age_band = core::age_band(child->date_of_birth, local_date);
            b.allergies = child->allergies;
            b.medical = child->medical;
            b.needs = child->needs;
        }
        const auto& w = sibling.carer_window;
        b.carer_window = {w.party, core::local_hhmm(w.arrive_from, time_zone), core::local_hhmm(w.arrive_until, time_zone),
                          w.leave_order};
        if (sibling.arrived_at) b.arrived_local = core::local_hhmm(*sibling.arrived_at, time_zone);
        b.brought_by = sibling.brought_by;
        row.siblings.push_back(std::move(b));
    }
    row.arrangement = store::read_arrangement(db, s.agreement_version_id);
    row.language = store::family_language_needs(db, s.child_id);
    if (row.arrangement.mode == core::ContactMode::Virtual) {
        row.call = core::summarize_call(store::CallEventRepository(db).for_session(s.id));
    }
}

TodayBoard build_today_board(store::Database& db, core::Timestamp now) {
    TodayBoard board;
    store::VenueRepository venues(db);
    const auto all_venues = venues.venues();
    if (all_venues.empty()) return board;
    const core::Venue& venue = all_venues.front();
    board.venue_name = venue.name;
    board.local_date = core::local_date(now, venue.time_zone);
    board.due = due_records(db, now);

    const auto day = core::local_day_bounds(now, venue.time_zone);
    const auto open_alerts = store::AlertRepository(db).open_alerts();
    for (const auto& alert : open_alerts) {
        if (alert.session_id == 0) board.venue_alerts.push_back(alert);
    }
    store::FamilyRepository people(db);
    store::PlacementRepository placements(db);
    store::StaffRepository staff(db);
    store::RecordRepository records(db);
    for (const auto& s : store::SessionRepository(db).starting_between(day.start, day.end)) {
        BoardSession row;
        row.session_id = s.id;
        row.starts_at = s.starts_at;
        row.starts_local = core::local_hhmm(s.starts_at, venue.time_zone);
        row.ends_local = core::local_hhmm(s.ends_at(), venue.time_zone);
        if (const auto room = venues.room(s.room_id)) row.room = room->name;
        row.worker_id = s.worker_id;
        if (const auto worker = staff.find(s.worker_id)) row.worker_name = worker->display_name;
        if (const auto child = people.child(s.child_id)) {
            row.child_first_name = child->first_name;
            row.age_band = core::age_band(child->date_of_birth, board.local_date);
            row.allergies = child->allergies;
            row.medical = child->medical;
            row.needs = child->needs;
            row.from_placement = core::summarize_transition_notes(placements.transition_notes(s.child_id));
        }
        for (const auto& w : s.arrival_windows) {
            row.arrival_windows.push_back({w.party, core::local_hhmm(w.arrive_from, venue.time_zone),
                                           core::local_hhmm(w.arrive_until, venue.time_zone), w.leave_order});
        }
        add_contact_details(db, venue.time_zone, board.local_date, s, row);
        for (const auto& alert : open_alerts) {
            if (alert.session_id == s.id) row.alerts.push_back(alert);
        }
        const auto record = records.for_session(s.id);
        row.stage = stage_of(s, record);
        row.ended_early = s.state == core::SessionState::EndedEarly;
        if (record) row.record_id = record->id;
        for (const auto& owed : board.due) {
            if (owed.session_id == s.id) row.due = owed;
        }
        board.sessions.push_back(std::move(row));
    }
    return board;
}

void acknowledge_alert(store::Database& db, const core::Clock& clock, core::Id alert_id, core::Id staff_id) {
    const auto member = store::StaffRepository(db).find(staff_id);
    if (!member || !member->active) throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.sign_in_again");
    try {
        store::WriteTransaction tx(db, staff_actor(staff_id), clock.now());
        store::AlertRepository(db).acknowledge(tx, alert_id, staff_id);
        tx.commit();
    } catch (const store::StoreError& error) {
        if (error.kind() != store::StoreErrorKind::NotFound) throw;
        throw StaffActionError(StaffActionProblem::WrongState, "staff.error.alert_already_acknowledged");
    }
}

}  // namespace kiosk::app
