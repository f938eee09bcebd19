#pragma once
// The scrolling body of a staff form screen: from just below the header to the top of the
// on-screen keyboard, padded, on the screen's background, with room at its end so the field
// being typed in can scroll above the keyboard. Every begin_staff_body needs its end.
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

void begin_staff_body(const UiResources& ui, const char* id, float header_height);
void end_staff_body();

}  // namespace kiosk::ui
