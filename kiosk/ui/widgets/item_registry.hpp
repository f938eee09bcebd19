#pragma once
// Every interactive widget of ours records its visible label, ImGui ID and rectangle here each
// frame. Tests tap widgets by label through it; the kiosk itself never reads it. Process-wide,
// like ImGui's own current context, and emptied automatically when a new frame starts.
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

struct RegisteredItem {
    std::string label;  // what a person reads on it (the text before any "##")
    ImGuiID id = 0;
    ImVec2 min;
    ImVec2 max;
    bool visible = true;  // false when clipped away (scrolled out of its window)
    // Where it could be seen: the clip rectangle it was drawn in (its window, or its table
    // column), and the window's name. A box running past these is cut off.
    ImVec2 clip_min;
    ImVec2 clip_max;
    std::string window;
    // The words shown in the box (a button's label, a field's value) and how wide they are
    // against the room the box leaves them; text_room < 0 when the item did not say.
    std::string text;
    float text_width = 0.0F;
    float text_room = -1.0F;
    ImVec2 center() const { return ImVec2{(min.x + max.x) * 0.5F, (min.y + max.y) * 0.5F}; }
};

class ItemRegistry {
public:
    void record(RegisteredItem item);
    // Items recorded during ImGui frame `frame` (ImGui::GetFrameCount()); empty if that
    // frame recorded none.
    std::vector<RegisteredItem> items_of_frame(int frame) const;
    // The first item with exactly this label in frame `frame`, or nullptr.
    const RegisteredItem* find(std::string_view label, int frame) const;

private:
    void start_frame_if_new();
    const ImGuiContext* context_ = nullptr;
    int frame_ = -1;
    std::vector<RegisteredItem> items_;
};

ItemRegistry& item_registry();

// Records ImGui's last submitted item under `label`.
void register_last_item(std::string_view label);

// The same for an item that spans a table's whole row (a row that opens something when tapped):
// its room is the table's, not the column's it was submitted in.
void register_last_row_item(std::string_view label);

// What a box shows and the room it has for it, so a test can tell words that do not fit.
struct TextFit {
    std::string_view text;
    float width = 0.0F;  // of the words, in pixels, in the font they are drawn in
    float room = 0.0F;   // inside the box, after its padding
};
// The same, with the words the box shows and the room they have.
void register_last_item(std::string_view label, const TextFit& fit);

}  // namespace kiosk::ui
