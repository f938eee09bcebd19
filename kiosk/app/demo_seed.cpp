#include "kiosk/app/demo_seed.hpp"

#include "kiosk/store/database.hpp"

namespace kiosk::app {

DemoSeedResult seed_demo(store::Database&, const DemoSeedOptions&) { return {}; }

bool has_demo_data(store::Database&) { return false; }

}  // namespace kiosk::app
