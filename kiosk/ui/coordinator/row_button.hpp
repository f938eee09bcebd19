#pragma once
// A table row that opens something when tapped anywhere on it: the whole row is the touch
// target (a narrow "Open" column would squeeze the table's words at 1280x800). Call it first
// in the row's first column; it puts the cursor back so the row's cells draw over it.
#include <string>
#include <string_view>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

// True on the frame the row is tapped. `label` is what tests tap it by (the row's words).
bool row_button(std::string_view id, const std::string& label, float height);

}  // namespace kiosk::ui
