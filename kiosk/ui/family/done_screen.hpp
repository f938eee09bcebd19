#pragma once
// family/done: "Thank you, Sarah. Jo will come and meet you." It returns to the attract
// screen by itself; Finish does it at once.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct DoneView {
    std::string venue_name;
    std::string clock_hhmm;
    std::vector<std::string> first_names;  // who checked in
    std::string worker_name;               // empty when no worker is allocated yet
};

struct FinishCheckIn {};
using DoneIntent = std::variant<std::monostate, FinishCheckIn>;

DoneIntent draw_done_screen(const DoneView& view, const UiResources& ui);

}  // namespace kiosk::ui
