#pragma once
// family/signature: on the first visit under a new agreement version the adult signs once
// with a finger. Clear starts over; Done is offered once there is a real signature.
#include <string>
#include <variant>

#include "kiosk/core/signature.hpp"
#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"
#include "kiosk/ui/widgets/signature_pad.hpp"

namespace kiosk::ui {

struct SignatureView {
    std::string venue_name;
    std::string clock_hhmm;
    core::Signature signature;
    bool can_finish = false;  // enough ink to count as a signature
};

struct ClearSignature {};
struct FinishSignature {};
using SignatureIntent = std::variant<std::monostate, SignatureInk, ClearSignature, FinishSignature, StartAgain>;

SignatureIntent draw_signature_screen(const SignatureView& view, const UiResources& ui);

}  // namespace kiosk::ui
