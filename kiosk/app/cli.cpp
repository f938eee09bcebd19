#include "kiosk/app/cli.hpp"

namespace kiosk::app {
int run_cli(int, char**) { return 0; }
}  // namespace kiosk::app
