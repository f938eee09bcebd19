#pragma once
// The family face's state between frames: which step the person is on and in which language.
// It turns the screens' intents into state changes and builds their view structs; it knows
// nothing of ImGui drawing, so tests drive it directly or through the UI harness.
#include <string>
#include <vector>

#include "kiosk/app/venue_info.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/ui/family/attract_screen.hpp"
#include "kiosk/ui/family/code_placeholder_screen.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::app {

enum class FamilyStep {
    Attract,    // waiting for someone to tap
    EnterCode,  // typing the visit code (placeholder until the keypad screen exists)
};

class FamilyController {
public:
    // `languages` are the ones offered; `home_language` is where a fresh start begins.
    FamilyController(VenueInfo venue, const core::Clock& clock, std::vector<ui::Language> languages,
                     std::string home_language);

    FamilyStep step() const { return step_; }
    const std::string& language() const { return language_; }

    ui::AttractView attract_view() const;
    ui::CodePlaceholderView code_view() const;

    void handle(const ui::AttractIntent& intent);
    void handle(const ui::CodePlaceholderIntent& intent);

private:
    bool offers(const std::string& code) const;
    std::string clock_text() const;

    VenueInfo venue_;
    const core::Clock& clock_;
    std::vector<ui::Language> languages_;
    FamilyStep step_ = FamilyStep::Attract;
    std::string language_;
};

}  // namespace kiosk::app
