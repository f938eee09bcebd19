#include "kiosk/app/family/check_in_service.hpp"

#include <algorithm>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/feedback_week.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/check_in_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/language_needs_query.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/lobby_lock_repository.hpp"
#include "kiosk/store/session_activity_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/app/record_payload.hpp"

namespace kiosk::app {

namespace {
// Audit rows name the lobby, never a person: the terminal has no login.
constexpr const char* kActor = "lobby";

bool contains(const std::vector<core::Id>& ids, core::Id id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}
}  // namespace

bool CheckInService::at_this_venue(const core::Session& session) {
    const auto room = store::VenueRepository{services_.db}.room(session.room_id);
    return room && room->venue_id == services_.venue_id;
}

CodeAnswer<core::CodeStatus> CheckInService::check_in_code(std::string_view code, core::Timestamp now) {
    auto session = store::SessionRepository{services_.db}.find_by_visit_code(code);
    if (!session) return {};
    const auto day = core::local_day_bounds(now, services_.time_zone);
    core::CodeStatus status = core::check_visit_code(*session, at_this_venue(*session), now, day);
    // A call or contact in the community never passes the lobby, on any day: a real code of this
    // venue, with nothing to do here.
    if (status != core::CodeStatus::OtherVenue &&
        !core::checks_in_at_lobby(store::read_arrangement(services_.db, session->agreement_version_id).mode)) {
        status = core::CodeStatus::NotAtVenue;
    }
    return {status, session};
}

CodeAnswer<core::FeedbackCodeStatus> CheckInService::feedback_code(std::string_view code, core::Timestamp now) {
    auto session = store::SessionRepository{services_.db}.find_by_visit_code(code);
    if (!session) return {};
    const auto day = core::local_day_bounds(now, services_.time_zone);
    return {core::check_feedback_code(*session, at_this_venue(*session), now, day), session};
}

core::LobbyLockState CheckInService::lock_state() { return store::LobbyLockRepository{services_.db}.load(); }

CodeSubmission CheckInService::submit_code(std::string_view code, CodePurpose purpose, core::Timestamp now) {
    CodeSubmission answer;
    // IMMEDIATE: the lock is read under the write lock it is then written under.
    store::WriteTransaction tx(services_.db, kActor, now);
    const core::LobbyLockState lock = lock_state();
    if (core::is_locked(lock, now)) {
        answer.outcome = CodeSubmission::Outcome::Locked;
        answer.locked_until = now + core::lock_remaining(lock, now);
        return answer;  // nothing written: the transaction rolls back
    }
    bool accepted = false;
    if (purpose == CodePurpose::CheckIn) {
        const auto found = check_in_code(code, now);
        answer.check_in_status = found.status;
        if (found.status == core::CodeStatus::NotAtVenue) {
            answer.outcome = CodeSubmission::Outcome::NotAtVenue;
        } else if (found.status == core::CodeStatus::Valid) {
            answer.outcome = CodeSubmission::Outcome::Accepted;
            answer.visit = load_visit(*found.session, now);
            accepted = true;
        }
    } else {
        const auto found = feedback_code(code, now);
        answer.feedback_status = found.status;
        if (found.status == core::FeedbackCodeStatus::Valid) {
            answer.outcome = CodeSubmission::Outcome::Accepted;
            answer.session = found.session;
            accepted = true;
        }
    }
    // A real code is no guess, whatever it is for.
    const bool real = accepted || answer.outcome == CodeSubmission::Outcome::NotAtVenue;
    if (real) {
        if (forget_wrong_codes(tx, lock)) tx.commit();
        return answer;
    }
    if (count_wrong_code(tx, lock)) {
        const core::LobbyLockState now_locked = lock_state();
        answer.outcome = CodeSubmission::Outcome::Locked;
        answer.locked_until = now + core::lock_remaining(now_locked, now);
    }
    tx.commit();
    return answer;
}

bool CheckInService::count_wrong_code(store::WriteTransaction& tx, const core::LobbyLockState& lock) {
    const core::WrongCodeOutcome outcome = core::after_wrong_code(lock, tx.at());
    store::LobbyLockRepository{services_.db}.save(tx, outcome.state);
    if (outcome.locked_now) {
        // The detail is a catalog key: the board says it in each worker's language.
        const core::Alert alert{0, core::AlertKind::RepeatedWrongCodes, 0, tx.at(), "staff.alert_detail.repeated_wrong_codes",
                                0, std::nullopt};
        store::AlertRepository{services_.db}.raise(tx, alert, payload_for(services_.db, "alert"));
    }
    return outcome.locked_now;
}

bool CheckInService::forget_wrong_codes(store::WriteTransaction& tx, const core::LobbyLockState& lock) {
    if (lock.consecutive_wrong == 0) return false;  // nothing to forget: no audit noise per family
    store::LobbyLockRepository{services_.db}.save(tx, core::after_right_code(lock, tx.at()));
    return true;
}

LobbyVisit CheckInService::load_visit(const core::Session& session, core::Timestamp now) {
    LobbyVisit visit;
    visit.session = session;
    auto version = store::AgreementRepository{services_.db}.version(session.agreement_version_id);
    if (!version) throw store::StoreError(store::StoreErrorKind::NotFound, "the session's agreement is missing");
    visit.version = std::move(*version);
    if (const auto room = store::VenueRepository{services_.db}.room(session.room_id)) {
        visit.room_name = room->name;
        visit.room_features = room->features;
    }
    if (session.worker_id != 0) {
        if (const auto worker = store::StaffRepository{services_.db}.find(session.worker_id)) {
            // The first word only: "Jo will come and meet you".
            visit.worker_first_name = worker->display_name.substr(0, worker->display_name.find(' '));
        }
    }
    // Ages only: the lobby never shows a child's name (someone else may be at the terminal).
    const std::string today = core::local_date(now, services_.time_zone);
    store::FamilyRepository people{services_.db};
    if (const auto child = people.child(session.child_id)) visit.child_ages.push_back(core::age_in_years(child->date_of_birth, today));
    for (const auto& sibling : session.siblings) {
        if (const auto child = people.child(sibling.child_id)) visit.child_ages.push_back(core::age_in_years(child->date_of_birth, today));
    }
    visit.language = store::family_language_needs(services_.db, session.child_id);
    store::CheckInRepository check_ins{services_.db};
    for (const core::CheckIn& done : check_ins.for_session(session.id)) visit.already_checked_in.push_back(done.adult_id);
    for (const core::ApprovedAttendee& person : visit.version.attendees) {
        if (check_ins.has_confirmed_version(person.adult_id, session.agreement_version_id)) {
            visit.signed_this_version.push_back(person.adult_id);
        }
    }
    return visit;
}

void CheckInService::raise_alert(core::AlertKind kind, core::Id session_id, const std::string& staff_detail,
                                 core::Timestamp now) {
    const core::Alert alert{0, kind, session_id, now, staff_detail, 0, std::nullopt};
    store::WriteTransaction tx(services_.db, kActor, now);
    store::AlertRepository{services_.db}.raise(tx, alert, payload_for(services_.db, "alert"));
    tx.commit();
}

void CheckInService::check_in(const LobbyVisit& visit, const std::vector<core::Id>& adults,
                              const std::string& signature_json, core::Timestamp now) {
    store::CheckInRepository check_ins{services_.db};
    store::SessionRepository sessions{services_.db};
    store::WriteTransaction tx(services_.db, kActor, now);
    // Read again inside the transaction: another check-in may have happened since the list
    // was drawn (a second terminal, or the same family twice).
    std::vector<core::Id> already;
    for (const core::CheckIn& done : check_ins.for_session(visit.session.id)) already.push_back(done.adult_id);
    for (const core::Id adult : adults) {
        if (contains(already, adult)) {
            throw store::StoreError(store::StoreErrorKind::Refused, "that person is already checked in");
        }
        const bool signs_now = !contains(visit.signed_this_version, adult);
        core::CheckIn check_in{0, visit.session.id, adult, core::Party::Family, now, true, visit.version.version,
                               signs_now ? signature_json : std::string{}};
        check_ins.add(tx, check_in, payload_for(services_.db, "check_in"));
    }
    const auto current = sessions.find(visit.session.id);
    if (current && core::can_transition(current->state, core::SessionState::ParentArrived)) {
        sessions.set_state(tx, visit.session.id, core::SessionState::ParentArrived);
    }
    tx.commit();
}

std::vector<core::ChildrenSuggestion> CheckInService::suggest_activities(const LobbyVisit& visit, core::Timestamp now) {
    core::SuggestionRequest request;
    request.child_ages = visit.child_ages;
    request.room_features = visit.room_features;
    request.recently_done = store::SessionActivityRepository{services_.db}.recent_for_child(visit.session.child_id, now);
    return core::suggest_for_children(services_.activity_library, request);
}

void CheckInService::save_feedback(core::Feedback feedback) {
    const core::Timestamp now = feedback.at;
    feedback.venue_id = services_.venue_id;
    feedback.week = core::week_of(now, services_.time_zone);
    std::optional<core::Timestamp> record_time;
    if (feedback.anonymous) {
        // Nothing that leads back to the visit: no session, and its time (on this device and on
        // the outbox copy) is the start of its week, since the minute would point at the
        // session that had just ended.
        feedback.session_id = 0;
        feedback.at = core::week_start(feedback.week, services_.time_zone);
        record_time = feedback.at;
    }
    store::WriteTransaction tx(services_.db, kActor, now);
    store::FeedbackRepository{services_.db}.add(tx, feedback, payload_for(services_.db, "feedback"), record_time);
    tx.commit();
}

}  // namespace kiosk::app
