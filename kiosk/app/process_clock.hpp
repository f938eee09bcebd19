#pragma once
// When this process started, as near as the program can tell: main() marks it first thing,
// so the "start to first frame" benchmark measures our own work, not the loader's.
#include <chrono>

namespace kiosk::app {

void mark_process_start();
std::chrono::milliseconds since_process_start();

}  // namespace kiosk::app
