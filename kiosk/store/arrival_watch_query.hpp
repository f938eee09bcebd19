#pragma once
// What the arrival watch (app/staff/arrival_watch) needs about the sessions of a day that are
// still waiting for someone: the session with its windows, the agreement's grace period, who
// has arrived as the lobby and the worker saw it, and the alerts the session has already raised.
#include <string>
#include <vector>

#include "kiosk/core/arrival_watch.hpp"
#include "kiosk/core/session.hpp"

namespace kiosk::store {

class Database;

struct WatchedSession {
    core::Session session;
    int grace_minutes = 15;
    core::ArrivedParties arrived;
    // "kind|detail" of every alert the session has raised, acknowledged or not.
    std::vector<std::string> raised;
};

// Sessions starting in [from, to) that are booked or part-arrived, in time order.
std::vector<WatchedSession> sessions_awaiting_arrivals(Database& db, core::Timestamp from, core::Timestamp to);

}  // namespace kiosk::store
