// The lobby keypad's input: whatever is typed, a normalized code is exactly six characters
// of the code alphabet, and normalizing it again changes nothing.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/core/visit_code.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view typed(reinterpret_cast<const char*>(data), size);
    const auto code = kiosk::core::normalize_visit_code(typed);
    if (!code) return 0;
    if (code->size() != kiosk::core::kVisitCodeLength) std::abort();
    for (const char c : *code) {
        if (!kiosk::core::is_visit_code_character(c)) std::abort();
    }
    if (kiosk::core::normalize_visit_code(*code) != code) std::abort();
    return 0;
}
