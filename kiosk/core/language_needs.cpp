#include "kiosk/core/language_needs.hpp"

#include <algorithm>
#include <array>

namespace kiosk::core {
namespace {
constexpr std::array<std::string_view, 18> kLanguages{
    "en", "es", "pl", "pt", "ro", "ar", "ur", "pa", "bn", "so", "tr", "fr", "it", "lt", "uk", "ru", "zh", "ht",
};
}  // namespace

std::span<const std::string_view> known_languages() { return kLanguages; }

bool is_known_language(std::string_view code) {
    return std::find(kLanguages.begin(), kLanguages.end(), code) != kLanguages.end();
}

std::string lobby_language_for(const LanguageNeeds& needs, std::span<const std::string> offered,
                               const std::string& current, bool picked_by_person) {
    if (picked_by_person || needs.preferred.empty()) return current;
    if (std::find(offered.begin(), offered.end(), needs.preferred) == offered.end()) return current;
    return needs.preferred;
}

}  // namespace kiosk::core
