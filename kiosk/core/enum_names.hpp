#pragma once
// One table per enum maps values to the stable names used in the database and on the wire.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace kiosk::core {

template <class Enum, std::size_t N>
struct EnumNames {
    std::array<std::pair<Enum, std::string_view>, N> entries;

    constexpr std::string_view name(Enum value) const {
        for (const auto& [candidate, text] : entries) {
            if (candidate == value) return text;
        }
        return entries[0].second;
    }

    constexpr std::optional<Enum> parse(std::string_view text) const {
        for (const auto& [candidate, name_text] : entries) {
            if (name_text == text) return candidate;
        }
        return std::nullopt;
    }
};

}  // namespace kiosk::core
