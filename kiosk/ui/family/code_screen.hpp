#pragma once
// family/code: the visit code on a large keypad. Only the code alphabet is offered; the code
// is checked as soon as the sixth character is typed. A refused code is answered with one
// calm sentence and an empty code, ready to try again.
#include <string>
#include <variant>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct CodeView {
    std::string venue_name;
    std::string clock_hhmm;
    bool for_feedback = false;  // the same keypad, reached from "Give feedback"
    std::string typed;          // what is typed so far (code alphabet only)
    std::string message_key;    // why the last code was refused; empty when none
};

struct TypeCodeCharacter {
    char character = 0;
};
struct DeleteCodeCharacter {};
using CodeIntent = std::variant<std::monostate, TypeCodeCharacter, DeleteCodeCharacter, StartAgain>;

CodeIntent draw_code_screen(const CodeView& view, const UiResources& ui);

}  // namespace kiosk::ui
