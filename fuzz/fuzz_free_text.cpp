// The record's free text: invalid UTF-8, NUL bytes, bidirectional overrides, megabyte strings.
// Text that check_free_text accepts is valid UTF-8 with no NUL and no bidi override; the
// fact-nudge finder returns in-bounds, ordered, non-overlapping ranges for any bytes.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiosk/core/fact_nudge.hpp"
#include "kiosk/core/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    using namespace kiosk::core;
    if (check_free_text(text) == TextProblem::None) {
        if (!is_valid_utf8(text) || text.find('\0') != std::string_view::npos) std::abort();
        if (text.find("\xE2\x80\xAE") != std::string_view::npos || text.find("\xE2\x81\xA6") != std::string_view::npos) {
            std::abort();
        }
    }
    (void)check_short_text(text);
    std::size_t last_end = 0;
    for (const auto& m : find_interpretive_phrases(text)) {
        if (m.begin < last_end || m.end <= m.begin || m.end > text.size()) std::abort();
        last_end = m.end;
    }
    // Short inputs repeated past a megabyte: refused for length, never a crash; and the finder
    // over the longest text a record field accepts (64 KiB), which the screen runs per frame.
    if (size > 0 && size < 16) {
        std::string big;
        while (big.size() <= 1024 * 1024) big.append(text);
        if (check_free_text(big) != TextProblem::TooLong) std::abort();
        big.resize(kMaxFreeTextBytes);
        (void)find_interpretive_phrases(big);
    }
    return 0;
}
