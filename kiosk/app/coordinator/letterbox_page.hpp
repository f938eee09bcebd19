#pragma once
// The coordinator's letterbox page (coordinator/letterbox, issue #16, item 3): its form's state,
// the view of waiting items and arrangements, and what its intents do (letterbox_service).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/ui/coordinator/letterbox_screen.hpp"

namespace kiosk::app {

class LetterboxPage {
public:
    ui::LetterboxView view(const CoordinatorContext& ctx, const ui::UiResources& ui, ui::CoordinatorFrameView frame);
    void handle(const CoordinatorContext& ctx, const ui::LetterboxIntent& intent, const ui::UiResources& ui);
    ui::LetterboxDraft& draft() { return draft_; }
    // Opens an arrangement's form (from the deadlines board).
    void open_arrangement(const CoordinatorContext& ctx, core::Id id);
    void open_item(const CoordinatorContext& ctx, core::Id id);

private:
    void start_log(const CoordinatorContext& ctx);
    ui::LetterboxDraft draft_;
    std::vector<core::Id> arrangement_ids_;  // parallel to the view's arrangement_labels
    std::vector<std::pair<core::Id, std::string>> child_matches_;
    std::vector<std::string> problems_;      // catalog keys
    std::string done_;                       // catalog key
};

}  // namespace kiosk::app
