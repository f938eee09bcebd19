#pragma once
// coordinator/risk: the structured risk assessment. Risk and protective factors, the history
// of previous contact and the child's wishes; the recommended level (the lowest assessed as
// safe) is shown as the answers change. A lower level than recommended asks for a reason.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/core/risk_factor_names.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

// What the coordinator is filling in (owned by the controller, edited by the screen).
struct RiskDraft {
    std::vector<bool> risks;       // one per risk factor label, in order
    std::vector<bool> protective;  // one per protective factor label
    // Rows of core's lists (core/form_choices.hpp); the app converts them through core.
    int history = core::row_of(core::kAllContactHistories, core::form_defaults::kContactHistory);
    int wish = core::row_of(core::kAllChildWishes, core::form_defaults::kChildWish);
    int chosen = core::row_of(core::kAllSupervisionLevels, core::form_defaults::kChosenLevel);
    std::string reason;
    bool operator==(const RiskDraft&) const = default;  // the view's recommendation follows it
};

struct RiskView {
    CoordinatorFrameView frame;
    std::string child;                     // "Ava, 6"
    std::vector<std::string> risk_labels;
    std::vector<std::string> protective_labels;
    std::vector<std::string> history_labels;
    std::vector<std::string> wish_labels;
    std::vector<std::string> level_labels;  // least to most supervision
    int recommended = core::row_of(core::kAllSupervisionLevels, core::form_defaults::kChosenLevel);
    std::string recommendation;             // "Recommended: supervised — the lowest level assessed as safe"
    bool reason_needed = false;             // chosen is below recommended
    std::string step_down_prompt;           // shown at a review when recent sessions raised no concern
    std::string problem;                    // why the last save was refused
    std::string saved;                      // "Saved at 10:05"
};

struct SaveAssessment {};
struct BackToReferral {};
using RiskIntent = std::variant<std::monostate, CoordinatorTab, SaveAssessment, BackToReferral>;

RiskIntent draw_risk_screen(const RiskView& view, RiskDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
