#include "kiosk/app/family_controller.hpp"

#include <type_traits>
#include <variant>

namespace kiosk::app {

FamilyController::FamilyController(VenueInfo venue, const core::Clock& clock,
                                   std::vector<ui::Language> languages, std::string home_language)
    : venue_(std::move(venue)), clock_(clock), languages_(std::move(languages)) {
    language_ =
        offers(home_language) ? home_language : std::string{ui::Translator::kFallbackLanguage};
}

bool FamilyController::offers(const std::string& code) const {
    for (const auto& language : languages_) {
        if (language.code == code) return true;
    }
    return false;
}

std::string FamilyController::clock_text() const {
    return core::local_hhmm(clock_.now(), venue_.time_zone);
}

ui::AttractView FamilyController::attract_view() const {
    return {venue_.name, clock_text(), languages_, language_};
}

ui::CodePlaceholderView FamilyController::code_view() const {
    return {venue_.name, clock_text()};
}

void FamilyController::handle(const ui::AttractIntent& intent) {
    std::visit(
        [this](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::StartCheckIn>) {
                step_ = FamilyStep::EnterCode;
            } else if constexpr (std::is_same_v<Asked, ui::ChooseLanguage>) {
                if (offers(asked.code)) language_ = asked.code;
            }
        },
        intent);
}

void FamilyController::handle(const ui::CodePlaceholderIntent& intent) {
    // Start again keeps the language: the person who chose it is still standing there. The
    // inactivity reset (a later issue) returns to the home language for the next family.
    if (std::holds_alternative<ui::StartAgain>(intent)) step_ = FamilyStep::Attract;
}

}  // namespace kiosk::app
