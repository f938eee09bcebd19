#pragma once
// staff/signin: the only way into the staff face. A worker taps their first name on the
// roster, then types their PIN on a big keypad. The PIN itself never reaches this screen:
// it only knows how many digits have been typed.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct SignInChoice {
    core::Id staff_id = 0;
    std::string first_name;
};

struct SignInView {
    std::string clock_hhmm;
    std::vector<SignInChoice> roster;
    core::Id chosen = 0;         // 0 until a name is tapped
    std::string chosen_name;
    std::size_t digits_typed = 0;
    std::string message;         // why the last try failed, or why the face locked
    std::string language;        // the language the face speaks now ("pl"): shown as chosen
};

struct ChooseStaff {
    core::Id staff_id = 0;
};
struct PinDigit {
    char digit = '0';
};
struct PinBackspace {};
struct SubmitPin {};
struct ChooseSomeoneElse {};
// A worker's own language for the staff face, picked beside the keypad; kept once they sign in.
struct ChooseStaffLanguage {
    std::string code;
};
using SignInIntent =
    std::variant<std::monostate, ChooseStaff, PinDigit, PinBackspace, SubmitPin, ChooseSomeoneElse, ChooseStaffLanguage>;

SignInIntent draw_signin_screen(const SignInView& view, const UiResources& ui);

}  // namespace kiosk::ui
