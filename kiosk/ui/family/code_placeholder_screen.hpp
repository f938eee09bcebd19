#pragma once
// family/code (placeholder): where the visit-code keypad will be. For now it says what comes
// next and offers "Start again"; the real screen replaces this file.
#include <string>
#include <variant>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct CodePlaceholderView {
    std::string venue_name;
    std::string clock_hhmm;
};

struct StartAgain {};
using CodePlaceholderIntent = std::variant<std::monostate, StartAgain>;

CodePlaceholderIntent draw_code_placeholder_screen(const CodePlaceholderView& view,
                                                   const UiResources& ui);

}  // namespace kiosk::ui
