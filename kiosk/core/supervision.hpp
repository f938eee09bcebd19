#pragma once
#include <optional>
#include <string_view>

namespace kiosk::core {

// Ordered from least to most restrictive: contact happens "at the lowest level assessed as safe".
enum class SupervisionLevel { Unsupervised = 0, Supported = 1, Supervised = 2, CloselySupervised = 3 };

std::string_view to_string(SupervisionLevel level);
std::optional<SupervisionLevel> parse_supervision_level(std::string_view text);

}  // namespace kiosk::core
