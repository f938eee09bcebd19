#include "kiosk/app/commands/cli.hpp"
#include "kiosk/app/process_clock.hpp"

int main(int argc, char** argv) {
    kiosk::app::mark_process_start();
    return kiosk::app::run_cli(argc, argv);
}
