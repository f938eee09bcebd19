#pragma once
// The band across the top of every family screen: the venue's name and the time, so a parent
// knows they are in the right place and whether they are early or late.
#include <string>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

// Draws the band at the top of the current screen window; returns its height in pixels, and
// leaves the cursor just below it.
float venue_header(const UiResources& ui, const std::string& venue_name,
                   const std::string& clock_hhmm);

}  // namespace kiosk::ui
