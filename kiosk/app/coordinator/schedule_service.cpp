#include "kiosk/app/coordinator/schedule_service.hpp"

#include <algorithm>
#include <random>
#include <unordered_set>

#include "kiosk/core/siblings.hpp"
#include "kiosk/core/visit_code.hpp"
#include "kiosk/core/worker_choice.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/location_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
// Visit codes must not be guessable from one another: draw them from the OS.
std::string fresh_code(store::SessionRepository& sessions, std::unordered_set<std::string>& batch) {
    std::random_device device;
    for (;;) {
        std::string code = core::make_visit_code([&](std::uint32_t n) {
            return std::uniform_int_distribution<std::uint32_t>(0, n - 1)(device);
        });
        if (!sessions.visit_code_taken(code) && batch.insert(code).second) return code;
    }
}
}  // namespace

ScheduleResult book_sessions(const CoordinatorContext& ctx, const ScheduleRequest& request) {
    ScheduleResult result;
    store::AgreementRepository agreements(ctx.db);
    store::SessionRepository sessions(ctx.db);
    const auto version = agreements.version(request.version_id);
    if (!version) return {ScheduleOutcome::NoSuchAgreement, {}, {}};
    const auto agreement = agreements.agreement(version->agreement_id);
    const auto starts = core::plan_session_starts(request.plan, *version, ctx.time_zone);
    if (starts.empty() || !agreement) return {ScheduleOutcome::BadPlan, {}, {}};

    // A call or contact in the community holds no room at the venue (issue #16): only its worker can clash.
    const core::Id room_held = core::holds_a_room(version->arrangement.mode) ? version->room_id : 0;
    std::vector<core::Booking> proposed;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        proposed.push_back({static_cast<core::Id>(i), room_held, request.worker_id, starts[i],
                            starts[i] + std::chrono::minutes{version->session_minutes}});
    }
    result.clashes = core::find_clashes(proposed, bookings_near(ctx.db, starts.front(), starts.back()));
    if (!result.clashes.empty()) {
        result.outcome = ScheduleOutcome::Clash;
        return result;
    }

    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    std::unordered_set<std::string> batch;
    for (const auto at : starts) {
        core::Session s;
        s.agreement_version_id = version->id;
        s.child_id = agreement->child_id;
        s.room_id = version->room_id;
        s.worker_id = request.worker_id;
        s.starts_at = at;
        s.minutes = version->session_minutes;
        s.visit_code = fresh_code(sessions, batch);
        s.arrival_windows = core::arrival_windows_for(at, version->arrival_plans);
        s.siblings = core::siblings_for(at, version->siblings);  // each with their own carer's window
        result.session_ids.push_back(sessions.add(tx, s));
    }
    tx.commit();
    return result;
}

core::Id propose_worker(const CoordinatorContext& ctx, const ScheduleRequest& request) {
    store::AgreementRepository agreements(ctx.db);
    const auto version = agreements.version(request.version_id);
    const auto agreement = version ? agreements.agreement(version->agreement_id) : std::nullopt;
    if (!agreement) return 0;
    const auto starts = core::plan_session_starts(request.plan, *version, ctx.time_zone);
    if (starts.empty()) return 0;
    std::vector<core::PastSession> history;
    std::vector<core::Id> met;
    for (const auto& s : store::SessionRepository(ctx.db).of_child(agreement->child_id)) {
        history.push_back({s.worker_id, s.starts_at, s.state});
        if (s.worker_id != 0 && std::find(met.begin(), met.end(), s.worker_id) == met.end()) met.push_back(s.worker_id);
    }
    const auto existing = bookings_near(ctx.db, starts.front(), starts.back());
    std::vector<core::Id> available;
    for (const core::Id worker : met) {
        const auto member = store::StaffRepository(ctx.db).find(worker);
        if (!member || !member->active || member->role != core::Role::Worker) continue;
        std::vector<core::Booking> proposed;
        for (std::size_t i = 0; i < starts.size(); ++i) {
            // Rooms are not this question: 0 holds none.
            proposed.push_back({static_cast<core::Id>(i), 0, worker, starts[i],
                                starts[i] + std::chrono::minutes{version->session_minutes}});
        }
        if (core::find_clashes(proposed, existing).empty()) available.push_back(worker);
    }
    return core::preferred_worker(history, available);
}

std::string fresh_visit_code(store::Database& db) {
    store::SessionRepository sessions(db);
    std::unordered_set<std::string> batch;
    return fresh_code(sessions, batch);
}

std::vector<core::Booking> bookings_near(store::Database& db, core::Timestamp from, core::Timestamp to) {
    // Anything that could overlap: sessions starting up to a day either side.
    std::vector<core::Booking> existing;
    for (const auto& s : store::SessionRepository(db).starting_between(from - std::chrono::days{1}, to + std::chrono::days{1})) {
        if (s.state == core::SessionState::Cancelled) continue;
        const bool holds_room = core::holds_a_room(store::read_arrangement(db, s.agreement_version_id).mode);
        existing.push_back({s.id, holds_room ? s.room_id : 0, s.worker_id, s.starts_at, s.ends_at()});
    }
    return existing;
}

std::vector<VenueSuggestion> suggest_venues(const CoordinatorContext& ctx, core::Id child_id) {
    store::LocationRepository locations(ctx.db);
    const auto home = locations.child_home(child_id);
    std::vector<VenueSuggestion> out;
    if (!home) return out;
    for (auto& venue : core::rank_venues_by_travel(*home, locations.venue_options())) {
        const double km = core::distance_km(*home, venue.location);
        out.push_back({std::move(venue), km});
    }
    return out;
}

}  // namespace kiosk::app
