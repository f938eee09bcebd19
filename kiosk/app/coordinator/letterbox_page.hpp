#pragma once
// The coordinator's letterbox page (coordinator/letterbox, issue #16, item 3): its form's state,
// the view of waiting items and arrangements, and what its intents do (letterbox_service).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/letterbox_screen.hpp"

namespace kiosk::app {

class LetterboxPage {
public:
    // Drawn from memory; built from the store when something changed or another form opened.
    const ui::LetterboxView& view(const PageEnv& env);
    PageRequest handle(const ui::LetterboxIntent& intent, PageEnv& env);
    ui::LetterboxDraft& draft() { return draft_; }
    // Opens an arrangement's form (from the deadlines board).
    void open_arrangement(const CoordinatorContext& ctx, core::Id id);
    void open_item(const CoordinatorContext& ctx, core::Id id);

    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::LetterboxView build_view(const PageEnv& env);
    void start_log(const CoordinatorContext& ctx);
    ui::LetterboxDraft draft_;
    std::vector<core::Id> arrangement_ids_;  // parallel to the view's arrangement_labels
    std::vector<std::pair<core::Id, std::string>> child_matches_;
    std::vector<std::string> problems_;      // catalog keys
    std::string done_;                       // catalog key
    // What the view shows of the page's own state besides the store.
    struct BuiltFor {
        std::string language;
        ui::LetterboxForm form = ui::LetterboxForm::LogItem;
        core::Id checking = 0;
        core::Id child = 0;
        std::vector<std::pair<core::Id, std::string>> child_matches;
        std::vector<std::string> problems;
        std::string done;
        bool operator==(const BuiltFor&) const = default;
    };
    ReadModel<ui::LetterboxView, BuiltFor> model_;
};

}  // namespace kiosk::app
