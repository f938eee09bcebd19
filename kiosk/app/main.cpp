#include "kiosk/app/cli.hpp"

int main(int argc, char** argv) { return kiosk::app::run_cli(argc, argv); }
