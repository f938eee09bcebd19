#pragma once
// A box to sign in with a finger. It draws the strokes it is given and reports new ink as
// points normalised to the box (0..1), so the stored signature does not depend on screen size.
#include <optional>

#include "kiosk/core/signature.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct SignatureInk {
    bool starts_stroke = false;  // the finger just went down: a new stroke begins here
    core::SignaturePoint point;
};

// Draws the pad over `size` from the cursor; returns this frame's new ink, if any.
std::optional<SignatureInk> signature_pad(const UiResources& ui, const core::Signature& signature, ImVec2 size);

}  // namespace kiosk::ui
