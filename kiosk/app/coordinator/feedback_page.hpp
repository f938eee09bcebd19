#pragma once
// The coordinator's feedback page (coordinator/feedback, issue #16, item 9): the week shown
// (this week to begin with), and the view of what families said in it, venue by venue.
#include <cstdint>
#include <string>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/feedback_week_screen.hpp"

namespace kiosk::app {

class FeedbackPage {
public:
    // Drawn from memory; built from the store for a new week or when something changed.
    const ui::FeedbackWeekView& view(const PageEnv& env);
    PageRequest handle(const ui::FeedbackWeekIntent& intent, PageEnv& env);
    // The Monday of the week shown ("2026-11-16"); this week's until one is chosen.
    const std::string& week() const { return week_; }
    void show_week(std::string monday) { week_ = std::move(monday); }

    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::FeedbackWeekView build_view(const PageEnv& env) const;
    std::string week_;
    struct BuiltFor {
        std::string language;
        std::string week;
        bool operator==(const BuiltFor&) const = default;
    };
    ReadModel<ui::FeedbackWeekView, BuiltFor> model_;
};

}  // namespace kiosk::app
