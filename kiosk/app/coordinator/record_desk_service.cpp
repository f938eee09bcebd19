#include "kiosk/app/coordinator/record_desk_service.hpp"

#include "kiosk/app/record_payload.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
DeskRefusal refusal_of(const StaffActionError& error) {
    switch (error.problem()) {
        case StaffActionProblem::NotAllowed: return DeskRefusal::NotAllowed;
        case StaffActionProblem::InvalidInput: return DeskRefusal::BadText;
        case StaffActionProblem::NotFound: return DeskRefusal::Missing;
        case StaffActionProblem::WrongState: return DeskRefusal::WrongState;
    }
    return DeskRefusal::WrongState;
}
}  // namespace

std::optional<RecordDesk> load_record_desk(const CoordinatorContext& ctx, core::Id record_id) {
    auto record = store::RecordRepository(ctx.db).find(record_id);
    if (!record) return std::nullopt;
    RecordDesk desk;
    store::RecordHandoverRepository handovers(ctx.db);
    desk.holder_id = handovers.holder(record_id).value_or(record->author_id);
    desk.handovers = handovers.of_record(record_id);
    desk.writers = handovers.writers(record_id);
    if (const auto session = store::SessionRepository(ctx.db).find(record->session_id)) {
        desk.child_id = session->child_id;
        desk.session_start = session->starts_at;
        if (const auto child = store::FamilyRepository(ctx.db).child(session->child_id)) desk.child_first_name = child->first_name;
    }
    desk.text_removed_at = store::record_purged_at(ctx.db, record_id);
    desk.record = std::move(*record);
    return desk;
}

std::optional<core::Id> record_of_session(const CoordinatorContext& ctx, core::Id session_id) {
    const auto record = store::RecordRepository(ctx.db).for_session(session_id);
    if (!record) return std::nullopt;
    return record->id;
}

DeskRefusal mark_record_reviewed(const CoordinatorContext& ctx, core::Id record_id) {
    try {
        RecordService(ctx.db, ctx.clock).mark_reviewed(record_id, ctx.staff_id);
    } catch (const StaffActionError& error) {
        return refusal_of(error);
    }
    return DeskRefusal::None;
}

DeskRefusal add_record_addendum(const CoordinatorContext& ctx, core::Id record_id, const std::string& text) {
    try {
        RecordService(ctx.db, ctx.clock).add_addendum(record_id, ctx.staff_id, text);
    } catch (const StaffActionError& error) {
        return refusal_of(error);
    }
    return DeskRefusal::None;
}

std::vector<core::ActionProblem> hand_over_draft(const CoordinatorContext& ctx, core::Id record_id, core::Id to_staff,
                                                 const std::string& reason) {
    const auto record = store::RecordRepository(ctx.db).find(record_id);
    const auto receiver = store::StaffRepository(ctx.db).find(to_staff);
    if (!record || !receiver) return {core::ActionProblem::CannotWrite};
    store::RecordHandoverRepository handovers(ctx.db);
    const core::Id holder = handovers.holder(record_id).value_or(record->author_id);
    auto problems = core::check_handover(*record, holder, *receiver, reason);
    if (!problems.empty()) return problems;

    const core::Timestamp now = ctx.clock.now();
    store::WriteTransaction tx(ctx.db, ctx.actor(), now);
    const core::Id id = handovers.hand_over(tx, {0, record_id, holder, to_staff, ctx.staff_id, now, reason});
    // UUIDs and times only: the reason stays on the device (it may say why someone is off work).
    // The same record tells the social work team and lets the venue hub move the draft.
    tx.enqueue({"record_handover", id, record_payload(ctx.db, "record_handover", id), false});
    tx.commit();
    return {};
}

std::optional<std::vector<store::RecordFound>> search_records(const CoordinatorContext& ctx, const std::string& child_name,
                                                              const std::string& day) {
    store::RecordSearch search;
    const auto first = child_name.find_first_not_of(' ');
    if (first != std::string::npos) search.child_name = child_name.substr(first, child_name.find_last_not_of(' ') - first + 1);
    if (!day.empty()) {
        if (!core::is_iso_date(day)) return std::nullopt;
        search.from = core::local_to_utc(day, 0, 0, ctx.time_zone);
        search.to = core::local_to_utc(core::add_days(day, 1), 0, 0, ctx.time_zone);
    }
    return store::find_records(ctx.db, search);
}

}  // namespace kiosk::app
