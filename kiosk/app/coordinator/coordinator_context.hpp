#pragma once
// What every coordinator service needs: the store, the clock, the venue's time zone and the
// signed-in coordinator (whose id is the audit actor of every change they make).
#include <filesystem>
#include <string>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

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

    std::string actor() const { return "staff:" + std::to_string(staff_id); }
};

}  // namespace kiosk::app
