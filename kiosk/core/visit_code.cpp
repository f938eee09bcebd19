#include "kiosk/core/visit_code.hpp"

namespace kiosk::core {

bool is_visit_code_character(char c) { return kVisitCodeAlphabet.find(c) != std::string_view::npos; }

std::optional<std::string> normalize_visit_code(std::string_view typed) {
    std::string code;
    for (const char raw : typed) {
        if (raw == ' ' || raw == '-') continue;
        char c = raw;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (!is_visit_code_character(c)) return std::nullopt;
        code.push_back(c);
        if (code.size() > kVisitCodeLength) return std::nullopt;
    }
    if (code.size() != kVisitCodeLength) return std::nullopt;
    return code;
}

std::string make_visit_code(const std::function<std::uint32_t(std::uint32_t)>& uniform) {
    std::string code;
    code.reserve(kVisitCodeLength);
    const auto n = static_cast<std::uint32_t>(kVisitCodeAlphabet.size());
    for (std::size_t i = 0; i < kVisitCodeLength; ++i) {
        code.push_back(kVisitCodeAlphabet[uniform(n)]);
    }
    return code;
}

}  // namespace kiosk::core
