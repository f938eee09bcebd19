#include "kiosk/app/coordinator/deadline_service.hpp"

#include <unordered_map>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/due_dates.hpp"
#include "kiosk/store/attendance_repository.hpp"
#include "kiosk/store/deadline_source_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/holiday_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {
namespace {
class Names {
public:
    explicit Names(store::Database& db) : people_(db), staff_(db) {}
    std::string child(core::Id id) {
        auto [it, fresh] = children_.try_emplace(id);
        if (fresh) {
            const auto found = people_.child(id);
            it->second = found ? found->first_name : "";
        }
        return it->second;
    }
    std::string staff(core::Id id) {
        const auto found = staff_.find(id);
        return found ? found->display_name : "";
    }

private:
    store::FamilyRepository people_;
    store::StaffRepository staff_;
    std::unordered_map<core::Id, std::string> children_;
};

void add_placements(const CoordinatorContext& ctx, Names& names, std::vector<core::Deadline>& out) {
    store::PlacementRepository placements(ctx.db);
    for (const auto& p : placements.all()) {
        const auto call = placements.comfort_call(p.id);
        const auto meeting = placements.icebreaker(p.id);
        const std::string child = names.child(p.child_id);
        const std::string owner = names.staff(p.owner_id);
        out.push_back({core::DeadlineKind::ComfortCall, p.id, child, owner, core::comfort_call_due(p.placed_at),
                       call && call->held, {}});
        out.push_back({core::DeadlineKind::Icebreaker, p.id, child, owner,
                       core::icebreaker_due(p.placed_at, ctx.time_zone), meeting && meeting->held, {}});
    }
}
}  // namespace

std::vector<core::Deadline> deadlines_board(const CoordinatorContext& ctx) {
    const core::Timestamp now = ctx.clock.now();
    const std::string today = core::local_date(now, ctx.time_zone);
    Names names(ctx.db);
    std::vector<core::Deadline> out;
    add_placements(ctx, names, out);

    store::DeadlineSourceRepository sources(ctx.db);
    const core::WorkingCalendar calendar = store::HolidayRepository(ctx.db).calendar();
    for (const auto& r : sources.records_owed(now - std::chrono::days{kRecordLookbackDays})) {
        out.push_back({core::DeadlineKind::Record, r.session_id, r.child_first_name, r.worker_name,
                       core::recording_due_at(r.session_end, {.hours = r.timescale_hours, .working_days = r.working_days},
                                              ctx.time_zone, calendar), false, {}, !r.worker_active});
    }
    const std::string coordinator = names.staff(ctx.staff_id);
    for (const auto& r : sources.reviews_owed(core::add_days(today, kReviewLookaheadDays))) {
        out.push_back({core::DeadlineKind::Review, r.agreement_id, r.child_first_name, coordinator,
                       core::end_of_local_day(r.review_date, ctx.time_zone), false, {}});
    }
    for (const auto& n : store::AttendanceRepository(ctx.db).notices()) {
        out.push_back({core::DeadlineKind::MissedSessionNotice, n.missed_id, names.child(n.child_id), "Sync",
                       core::next_morning(n.recorded_at, ctx.time_zone), n.sent, {}});
    }
    return core::board_order(std::move(out), now, ctx.time_zone);
}

}  // namespace kiosk::app
