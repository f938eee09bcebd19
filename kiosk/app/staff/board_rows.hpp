#pragma once
// A today-board session as the staff screens draw it: keys for the words, values as they are.
#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/ui/staff/board_screen.hpp"

namespace kiosk::app {

ui::BoardRowView board_row_view(const BoardSession& session);

}  // namespace kiosk::app
