#pragma once
// A large tile a person ticks by tapping it ("Mum — Sarah"), with a drawn tick box.
#include <string_view>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct TickTile {
    std::string_view id;
    const char* label = "";
    const char* note = nullptr;  // a quieter second line ("already checked in")
    bool ticked = false;
    bool enabled = true;
    ImVec2 size{0.0F, 0.0F};
    ImFont* font = nullptr;  // the label's font; nullptr: large (a long sentence wants body_bold)
};

// True on the frame the tile is tapped (never when disabled).
bool tick_tile(const UiResources& ui, const TickTile& tile);

}  // namespace kiosk::ui
