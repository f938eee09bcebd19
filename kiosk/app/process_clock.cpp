#include "kiosk/app/process_clock.hpp"

namespace kiosk::app {
namespace {
std::chrono::steady_clock::time_point& start_point() {
    static std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    return start;
}
}  // namespace

void mark_process_start() { start_point() = std::chrono::steady_clock::now(); }

std::chrono::milliseconds since_process_start() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start_point());
}

}  // namespace kiosk::app
