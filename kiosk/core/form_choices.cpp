#include "kiosk/core/form_choices.hpp"

#include "kiosk/core/language_needs.hpp"

namespace kiosk::core {

std::string_view to_string(Frequency frequency) {
    switch (frequency) {
        case Frequency::Weekly: return "weekly";
        case Frequency::Fortnightly: return "fortnightly";
        case Frequency::Custom: return "custom";
    }
    return "weekly";
}

std::optional<Frequency> frequency_from(std::string_view word) {
    for (const Frequency f : kAllFrequencies) {
        if (to_string(f) == word) return f;
    }
    return std::nullopt;
}

int platform_row(std::string_view platform) {
    const auto all = call_platforms();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i] == platform) return static_cast<int>(i);
    }
    return 0;
}

std::string_view platform_at(int row) {
    const auto all = call_platforms();
    return row >= 0 && static_cast<std::size_t>(row) < all.size() ? all[static_cast<std::size_t>(row)] : all[0];
}

int language_row(std::string_view code) {
    const auto known = known_languages();
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (known[i] == code) return static_cast<int>(i) + 1;
    }
    return 0;
}

std::string language_at(int row) {
    const auto known = known_languages();
    if (row < 1 || static_cast<std::size_t>(row) > known.size()) return {};
    return std::string{known[static_cast<std::size_t>(row) - 1]};
}

}  // namespace kiosk::core
