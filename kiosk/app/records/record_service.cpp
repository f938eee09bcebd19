#include "kiosk/app/records/record_service.hpp"

#include <algorithm>

#include "kiosk/app/record_payload.hpp"
#include "kiosk/core/siblings.hpp"
#include "kiosk/app/records/record_seal.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff_actor.hpp"
#include "kiosk/core/due_dates.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/core/text.hpp"
#include "kiosk/store/holiday_repository.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/record_handover_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
bool contains(const std::vector<int>& items, int item) { return std::find(items.begin(), items.end(), item) != items.end(); }
void require_free_text(const std::string& text) {
    switch (core::check_free_text(text)) {
        case core::TextProblem::None: return;
        case core::TextProblem::InvalidUtf8:
            throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.text_bad_characters");
        case core::TextProblem::TooLong:
            throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.text_too_long");
        case core::TextProblem::ControlCharacter:
            throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.text_hidden_characters");
    }
}

bool has_words(const std::string& text) { return text.find_first_not_of(" \t\r\n") != std::string::npos; }

core::StaffMember active_staff(store::Database& db, core::Id staff_id) {
    auto member = store::StaffRepository(db).find(staff_id);
    if (!member || !member->active) throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.sign_in_again");
    return *member;
}
}  // namespace

core::Id RecordService::open_draft(core::Id session_id, core::Id worker_id) {
    active_staff(db_, worker_id);
    store::RecordRepository records(db_);
    if (auto existing = records.for_session(session_id)) {
        if (existing->state == core::RecordState::Final) {
            throw StaffActionError(StaffActionProblem::WrongState, "staff.error.record_final");
        }
        return existing->id;
    }
    if (!store::SessionRepository(db_).find(session_id)) {
        throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_session");
    }
    store::WriteTransaction tx(db_, staff_actor(worker_id), clock_.now());
    const core::Id id = records.create_draft(tx, session_id, worker_id);
    tx.commit();
    return id;
}

core::ObservationRecord RecordService::editable_draft(core::Id record_id, core::Id worker_id) {
    active_staff(db_, worker_id);
    auto record = store::RecordRepository(db_).find(record_id);
    if (!record) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_record");
    if (record->state == core::RecordState::Final) {
        throw StaffActionError(StaffActionProblem::WrongState, "staff.error.record_final");
    }
    // The author writes it, unless a coordinator handed the draft to someone else (schema v12).
    if (holder(*record) != worker_id) {
        throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.not_the_author");
    }
    return *record;
}

void RecordService::save_section(core::Id record_id, core::Id worker_id, core::RecordSection section,
                                 const std::string& text) {
    require_free_text(text);
    editable_draft(record_id, worker_id);
    store::WriteTransaction tx(db_, staff_actor(worker_id), clock_.now());
    store::RecordRepository(db_).save_section(tx, record_id, section, text);
    store::RecordHandoverRepository(db_).note_writer(tx, record_id, std::string(core::to_string(section)), worker_id);
    tx.commit();
}

core::Id RecordService::add_timeline_entry(core::Id record_id, core::Id worker_id, const std::string& chip,
                                           const std::string& text) {
    if (core::check_short_text(chip) != core::TextProblem::None) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.chip_not_saved");
    }
    require_free_text(text);
    if (chip.empty() && !has_words(text)) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.note_empty");
    }
    editable_draft(record_id, worker_id);
    const core::Timestamp now = clock_.now();
    store::WriteTransaction tx(db_, staff_actor(worker_id), now);
    const core::Id id = store::RecordRepository(db_).add_timeline_entry(tx, record_id, {0, now, chip, text});
    store::RecordHandoverRepository(db_).note_writer(tx, record_id, store::kTimelinePart, worker_id);
    tx.commit();
    return id;
}

core::Timestamp RecordService::due_at(core::Id session_id) {
    const auto session = store::SessionRepository(db_).find(session_id);
    if (!session) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_session");
    const auto version = store::AgreementRepository(db_).version(session->agreement_version_id);
    store::VenueRepository venues(db_);
    const auto room = venues.room(session->room_id);
    const auto venue = room ? venues.venue(room->venue_id) : std::nullopt;
    if (!version || !venue) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.agreement_or_venue_missing");
    const core::Timestamp ended = session->ended_at.value_or(session->ends_at());
    return core::recording_due_at(ended,
                                  {.hours = version->recording_timescale_hours,
                                   .working_days = version->recording_working_days},
                                  venue->time_zone, store::HolidayRepository(db_).calendar());
}

void RecordService::save_sibling_section(core::Id record_id, core::Id worker_id, core::RecordSection section,
                                         int position, const std::string& text) {
    require_free_text(text);
    const core::ObservationRecord record = editable_draft(record_id, worker_id);
    const auto key = core::sibling_section_key(section, position);
    if (!core::parse_sibling_section_key(key) || !contains(sibling_positions(record.session_id), position)) {
        throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.no_such_sibling");
    }
    store::WriteTransaction tx(db_, staff_actor(worker_id), clock_.now());
    store::RecordRepository(db_).save_sibling_section(tx, record_id, section, position, text);
    store::RecordHandoverRepository(db_).note_writer(tx, record_id, key, worker_id);
    tx.commit();
}

std::vector<int> RecordService::sibling_positions(core::Id session_id) {
    std::vector<int> positions;
    if (const auto session = store::SessionRepository(db_).find(session_id)) {
        for (const auto& sibling : session->siblings) positions.push_back(sibling.position);
    }
    return positions;
}

FinalizeResult RecordService::finalize(core::Id record_id, core::Id worker_id) {
    core::ObservationRecord record = editable_draft(record_id, worker_id);
    FinalizeResult result;
    result.missing = core::missing_sections(record);
    // A sibling session is one record, complete only with each sibling's own parts.
    result.missing_for_siblings = core::missing_sibling_sections(record, sibling_positions(record.session_id));
    if (!result.missing.empty() || !result.missing_for_siblings.empty()) return result;

    const core::StaffMember signer = active_staff(db_, worker_id);
    const core::Timestamp now = clock_.now();
    result.due_at = due_at(record.session_id);
    result.late_entry = core::is_late_entry(result.due_at, now);

    // What the record will be once stored: this is what is sealed and what is sent.
    record.state = core::RecordState::Final;
    record.finalized_at = now;
    record.due_at = result.due_at;
    record.late_entry = result.late_entry;
    record.use_note = std::string(core::kRecordUseNote);
    record.signature = seal_record(record, signer);

    store::WriteTransaction tx(db_, staff_actor(worker_id), now);
    store::RecordRepository(db_).finalize(tx, record_id,
                                          {.signature = record.signature,
                                           .due_at = record.due_at,
                                           .late_entry = record.late_entry,
                                           .use_note = record.use_note});
    tx.enqueue({.kind = "observation_record",
                .entity_id = record_id,
                .payload = record_payload(db_, "observation_record", record_id),
                .fast_lane = false});
    tx.commit();
    result.finalized = true;
    return result;
}

core::Id RecordService::add_addendum(core::Id record_id, core::Id staff_id, const std::string& text) {
    require_free_text(text);
    if (!has_words(text)) throw StaffActionError(StaffActionProblem::InvalidInput, "staff.error.correction_empty");
    active_staff(db_, staff_id);
    const auto record = store::RecordRepository(db_).find(record_id);
    if (!record) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_record");
    if (record->state != core::RecordState::Final) {
        throw StaffActionError(StaffActionProblem::WrongState, "staff.error.record_still_draft");
    }
    const core::Timestamp now = clock_.now();
    core::Addendum addendum{0, staff_id, now, text};
    store::WriteTransaction tx(db_, staff_actor(staff_id), now);
    addendum.id = store::RecordRepository(db_).add_addendum(tx, record_id, addendum);
    tx.enqueue({.kind = "record_addendum",
                .entity_id = addendum.id,
                .payload = record_payload(db_, "record_addendum", addendum.id),
                .fast_lane = false});
    tx.commit();
    return addendum.id;
}

void RecordService::mark_reviewed(core::Id record_id, core::Id coordinator_id) {
    const core::StaffMember reviewer = active_staff(db_, coordinator_id);
    if (reviewer.role != core::Role::Coordinator) {
        throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.review_coordinator_only");
    }
    const auto record = store::RecordRepository(db_).find(record_id);
    if (!record) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_record");
    if (record->author_id == coordinator_id || holder(*record) == coordinator_id) {
        throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.review_not_author");
    }
    if (record->state != core::RecordState::Final) {
        throw StaffActionError(StaffActionProblem::WrongState, "staff.error.review_final_only");
    }
    if (record->review) throw StaffActionError(StaffActionProblem::WrongState, "staff.error.already_reviewed");
    const core::Timestamp now = clock_.now();
    store::WriteTransaction tx(db_, staff_actor(coordinator_id), now);
    store::RecordRepository(db_).mark_reviewed(tx, record_id, coordinator_id);
    tx.enqueue({.kind = "record_review",
                .entity_id = record_id,
                .payload = record_payload(db_, "record_review", record_id),
                .fast_lane = false});
    tx.commit();
}

core::Id RecordService::holder(const core::ObservationRecord& record) {
    return store::RecordHandoverRepository(db_).holder(record.id).value_or(record.author_id);
}

std::optional<core::ObservationRecord> RecordService::record(core::Id record_id) {
    return store::RecordRepository(db_).find(record_id);
}

}  // namespace kiosk::app
