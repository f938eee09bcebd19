#pragma once
// Visit codes are printed on a family's invitation and typed on the lobby keypad. Their
// alphabet leaves out characters that look alike (0/O, 1/I/L, 2/Z, 5/S, 8/B).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

inline constexpr std::string_view kVisitCodeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679";
inline constexpr std::size_t kVisitCodeLength = 6;

// Upper-cases and strips spaces and dashes; returns nothing if the result cannot be a code.
std::optional<std::string> normalize_visit_code(std::string_view typed);

bool is_visit_code_character(char c);

// Draws a code; `uniform(n)` must return a uniformly random integer in [0, n).
std::string make_visit_code(const std::function<std::uint32_t(std::uint32_t)>& uniform);

}  // namespace kiosk::core
