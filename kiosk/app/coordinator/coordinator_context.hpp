#pragma once
// What every coordinator service needs: the store, the clock, the venue's time zone and the
// signed-in coordinator (whose id is the audit actor of every change they make).
#include <filesystem>
#include <string>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/core/missed_session.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

class SyncWorker;

struct CoordinatorContext {
    store::Database& db;
    const core::Clock& clock;
    std::string time_zone;
    core::Id staff_id = 0;  // the signed-in coordinator
    SyncWorker* sync = nullptr;  // the background sync; null when no sync server is configured
    std::filesystem::path family_pages{};  // where "Page for the family" writes; empty: nowhere set
    // Missed sessions in a row that flag the case ([coordinator] missed_sessions_flag).
    int missed_run_threshold = core::kDefaultMissedRunThreshold;

    std::string actor() const { return "staff:" + std::to_string(staff_id); }
};

}  // namespace kiosk::app
