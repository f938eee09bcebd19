#pragma once
// Finds text that is drawn wider than the box it sits in (issue #15, item 3), after a frame
// has been rendered (ImGui::Render), in two ways that complement each other:
//
//  1. The draw data: every glyph is a textured quad whose texture coordinates name the glyph
//     in the font atlas. A glyph cut by its clip rectangle on the left or right shows as a quad
//     that sticks out of its draw command's clip rectangle (clipped later by the GPU), or as a
//     quad whose texture coordinates were trimmed (ImGui clips button labels and field text
//     itself). Sideways only: a line half scrolled out of a region at its top or bottom is
//     what scrolling looks like, not a defect. This sees every text of every screen,
//     including plain ImGui text in a table column.
//  2. The item registry: each of our buttons, fields, tick boxes and keys records its
//     rectangle, the clip rectangle it was drawn in and, where it has words, how wide they are
//     and how much room the box leaves them. A box that runs past the edge of its column or
//     window, or words wider than their box, are caught even when ImGui dropped the glyphs
//     beyond the edge altogether (which the draw data cannot show).
//  3. Words drawn over other words in one window (a long title running into the heading beside
//     it): glyphs that overlap by more than a third.
#include <imgui.h>

#include <string>
#include <vector>

#include "kiosk/ui/widgets/item_registry.hpp"

namespace kiosk::testing {

struct ClippedText {
    std::string window;  // the ImGui window it was drawn in
    std::string text;    // the words around the cut, as far as they were drawn
    std::string how;     // "cut at the right edge", "label wider than its button", ...
    ImVec2 at;
};

// Glyphs cut sideways, or drawn over other words, in this frame's draw data (call after
// ImGui::Render()).
std::vector<ClippedText> clipped_glyphs();
// Registered items of this frame that run past their clip rectangle, or whose words are wider
// than the room their box gives them.
std::vector<ClippedText> clipped_items(const std::vector<ui::RegisteredItem>& items);

// One line per finding, for a test's failure message.
std::string describe(const std::vector<ClippedText>& found);

}  // namespace kiosk::testing
