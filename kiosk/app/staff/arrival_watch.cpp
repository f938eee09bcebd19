#include "kiosk/app/staff/arrival_watch.hpp"

#include <algorithm>
#include <string>

#include "kiosk/app/record_payload.hpp"
#include "kiosk/core/arrival_watch.hpp"
#include "kiosk/log/log.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/arrival_watch_query.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {

constexpr const char* kActor = "system:arrival-watch";

std::string detail_key(const core::ArrivalAlert& a) {
    if (a.kind == core::AlertKind::NoShow) return "staff.alert_detail.no_show";
    return a.party == core::Party::Carer ? "staff.alert_detail.child_not_arrived"
                                         : "staff.alert_detail.family_not_arrived";
}

bool contains(const std::vector<std::string>& raised, const std::string& kind_detail) {
    return std::find(raised.begin(), raised.end(), kind_detail) != raised.end();
}

// The lobby has already seen the family: a late arrival it turned to staff, or someone not on
// the agreement (the approved adults with them check in all the same).
bool family_seen_at_lobby(const std::vector<std::string>& raised) {
    return std::any_of(raised.begin(), raised.end(), [](const std::string& r) {
        return r.starts_with("late_arrival|") || r.starts_with("attendee_not_approved|");
    });
}

}  // namespace

ArrivalWatchResult watch_arrivals(store::Database& db, core::Timestamp now) {
    ArrivalWatchResult result;
    const auto venues = store::VenueRepository(db).venues();
    if (venues.empty()) return result;
    const auto day = core::local_day_bounds(now, venues.front().time_zone);
    std::vector<core::Alert> to_raise;
    for (auto& w : store::sessions_awaiting_arrivals(db, day.start, day.end)) {
        if (family_seen_at_lobby(w.raised)) w.arrived.family = true;
        for (const auto& due : core::arrival_alerts_due(w.session, w.arrived, now, w.grace_minutes)) {
            const std::string detail = detail_key(due);
            if (contains(w.raised, std::string(core::to_string(due.kind)) + "|" + detail)) continue;
            to_raise.push_back({0, due.kind, w.session.id, now, detail, 0, std::nullopt});
        }
        const auto next = core::next_arrival_deadline(w.session, w.arrived, now, w.grace_minutes);
        if (next && (!result.next_check || *next < *result.next_check)) result.next_check = next;
    }
    if (to_raise.empty()) return result;
    // One transaction for the look: BEGIN IMMEDIATE, so a second window on this database
    // cannot raise the same alert in between (the check above is repeated inside it).
    store::WriteTransaction tx(db, kActor, now);
    store::AlertRepository alerts(db);
    for (const auto& alert : to_raise) {
        if (alerts.raise_once(tx, alert, payload_for(db, "alert"))) ++result.raised;
    }
    if (result.raised > 0) tx.commit();  // else another window raised them first: nothing to save
    return result;
}

int ArrivalWatcher::look_if_due() {
    const core::Timestamp now = clock_.now();
    if (next_look_ && now < *next_look_) return 0;
    next_look_ = now + std::chrono::minutes{1};
    try {
        const ArrivalWatchResult result = watch_arrivals(db_, now);
        if (result.next_check && *result.next_check < *next_look_) next_look_ = result.next_check;
        return result.raised;
    } catch (const std::exception& error) {
        // The board still works without the watch; say why in the log (no personal data in it).
        log::warning(std::string("arrival watch: ") + error.what());
        return 0;
    }
}

}  // namespace kiosk::app
