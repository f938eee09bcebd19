#include "kiosk/ui/widgets/item_registry.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

void ItemRegistry::start_frame_if_new() {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    const int frame = ImGui::GetFrameCount();
    if (context != context_ || frame != frame_) {
        items_.clear();  // keeps the registry one frame long, so it never grows
        context_ = context;
        frame_ = frame;
    }
}

void ItemRegistry::record(RegisteredItem item) {
    start_frame_if_new();
    items_.push_back(std::move(item));
}

std::vector<RegisteredItem> ItemRegistry::items_of_frame(int frame) const {
    if (frame != frame_ || context_ != ImGui::GetCurrentContext()) return {};
    return items_;
}

const RegisteredItem* ItemRegistry::find(std::string_view label, int frame) const {
    if (frame != frame_ || context_ != ImGui::GetCurrentContext()) return nullptr;
    for (const auto& item : items_) {
        if (item.label == label) return &item;
    }
    return nullptr;
}

ItemRegistry& item_registry() {
    static ItemRegistry registry;
    return registry;
}

namespace {
RegisteredItem last_item(std::string_view label) {
    RegisteredItem item;
    item.label = std::string{label.substr(0, label.find("##"))};
    item.id = ImGui::GetItemID();
    item.min = ImGui::GetItemRectMin();
    item.max = ImGui::GetItemRectMax();
    item.visible = ImGui::IsItemVisible();
    const ImDrawList* draw = ImGui::GetWindowDrawList();
    item.clip_min = draw->GetClipRectMin();
    item.clip_max = draw->GetClipRectMax();
    item.window = ImGui::GetCurrentWindow()->Name;
    return item;
}
}  // namespace

void register_last_item(std::string_view label) { item_registry().record(last_item(label)); }

void register_last_row_item(std::string_view label) {
    RegisteredItem item = last_item(label);
    if (const ImGuiTable* table = ImGui::GetCurrentTable()) {
        item.clip_min = table->InnerClipRect.Min;
        item.clip_max = table->InnerClipRect.Max;
    }
    item_registry().record(std::move(item));
}

void register_last_item(std::string_view label, const TextFit& fit) {
    RegisteredItem item = last_item(label);
    item.text = std::string{fit.text};
    item.text_width = fit.width;
    item.text_room = fit.room;
    item_registry().record(std::move(item));
}

}  // namespace kiosk::ui
