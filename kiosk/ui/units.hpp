#pragma once
// Every size on screen is a multiple of the body font size (an "em"), so a screen laid out
// for 1280x800 keeps its proportions at 1920x1080 and on a small tablet. No pixel constants.
#include <imgui.h>

namespace kiosk::ui {

// `n` times the body font size (the ImGui default font) in pixels.
float em(float n = 1.0F);
ImVec2 em(float x, float y);

// The height of a touch target that a finger hits without aiming: about 2.6 em (~68 px at
// 1280x800), never less.
float touch_target_height();

}  // namespace kiosk::ui
