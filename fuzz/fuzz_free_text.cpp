// The record's free text: invalid UTF-8, NUL bytes, bidirectional overrides, megabyte strings.
// Text that check_free_text accepts is valid UTF-8 with no NUL and no bidi override; the
// fact-nudge finder returns in-bounds, ordered, non-overlapping ranges for any bytes.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiosk/core/fact_nudge.hpp"
#include "kiosk/core/text.hpp"

// Megabyte strings, once per run: text with NUL bytes, bidi overrides and broken UTF-8 past a
// megabyte is refused, not crashed on. Building one for every input made the fuzzer 60 times
// slower under the sanitizers, so per input the text stays within -max_len.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    using namespace kiosk::core;
    for (const std::string& piece : {std::string("seemed \xE2\x80\xAE"), std::string("a\0b", 3), std::string("\xC3"),
                                    std::string("appeared to ")}) {
        std::string big;
        while (big.size() <= 1024 * 1024) big.append(piece);
        if (check_free_text(big) != TextProblem::TooLong) std::abort();
        (void)find_interpretive_phrases(big);
    }
    return 0;
}

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
    return 0;
}
