#pragma once
// What the window and the screenshot command need from the rest of the program.
#include "kiosk/app/config.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

struct AppContext {
    const Config& config;
    store::Database& db;
    const core::Clock& clock;
};

}  // namespace kiosk::app
