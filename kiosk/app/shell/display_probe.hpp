#pragma once
// Opening the display the way the window will (GLFW), for the doctor: the command line asks,
// only the shell touches GLFW (scripts/check-layers.py).
#include <string>

namespace kiosk::app {

struct DisplayProbe {
    bool opened = false;
    std::string problem;      // why it did not open (GLFW's own words), when it did not
    std::string screen_size;  // "1920x1080"; empty when it opened without a screen
};

// Initialises GLFW, reads the primary monitor's mode and terminates GLFW again.
DisplayProbe probe_display();

}  // namespace kiosk::app
