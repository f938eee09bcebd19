#pragma once
// Five faces from very sad to very happy, big enough for a small child's finger, each with
// its word under it (the word is what the item is called, so tests tap it by that word).
#include <imgui.h>

#include <optional>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

// One face (1 very sad .. 5 very happy) of `radius` around `centre`, as the scale draws it
// (the coordinator's feedback chart labels its bars with them).
void draw_face_icon(ImDrawList* draw, ImVec2 centre, float radius, int face, const Theme& theme);

// Draws the row across `width` from the cursor; `chosen` (1..5, 0 for none) is outlined.
// Returns the face tapped this frame (1..5).
std::optional<int> face_scale(const UiResources& ui, int chosen, float width);

}  // namespace kiosk::ui
