#pragma once
// coordinator/deadlines: everything due across the venue, most urgent first; a row opens what
// it is about (a record, a placement's forms, a letterbox arrangement, a case's agreement or schedule).
#include <cstdint>
#include <string>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/deadlines_screen.hpp"

namespace kiosk::app {

class DeadlinesPage {
public:
    const ui::DeadlinesView& view(const PageEnv& env) const;
    PageRequest handle(const ui::DeadlinesIntent& intent, PageEnv& env);
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::DeadlinesView build_view(const PageEnv& env) const;
    PageRequest open_row(const CoordinatorContext& ctx, std::size_t row) const;
    mutable ReadModel<ui::DeadlinesView, std::string> model_;  // built for the screen's language
};

}  // namespace kiosk::app
