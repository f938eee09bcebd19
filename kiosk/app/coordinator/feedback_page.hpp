#pragma once
// The coordinator's feedback page (coordinator/feedback, issue #16, item 9): the week shown
// (this week to begin with), and the view of what families said in it, venue by venue.
#include <string>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/ui/coordinator/feedback_week_screen.hpp"

namespace kiosk::app {

class FeedbackPage {
public:
    ui::FeedbackWeekView view(const CoordinatorContext& ctx, const ui::UiResources& ui, ui::CoordinatorFrameView frame);
    void handle(const CoordinatorContext& ctx, const ui::FeedbackWeekIntent& intent);
    // The Monday of the week shown ("2026-11-16"); this week's until one is chosen.
    const std::string& week() const { return week_; }
    void show_week(std::string monday) { week_ = std::move(monday); }

private:
    std::string week_;
};

}  // namespace kiosk::app
