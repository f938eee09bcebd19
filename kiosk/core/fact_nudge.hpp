#pragma once
// A gentle fact-not-opinion nudge: words that interpret rather than describe ("seemed",
// "appeared to", "obviously") are found so the screen can underline them and suggest
// writing what was seen and heard. It never blocks saving.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

struct NudgeMatch {
    std::size_t begin = 0;  // byte offsets into the text: [begin, end)
    std::size_t end = 0;
    std::string_view phrase;  // the list entry that matched (points into the caller's list)
};

inline constexpr std::string_view kFactNudgeHint =
    "This word interprets. Could you write what you saw and heard instead?";

// The built-in list, used when the venue's configuration gives none.
std::span<const std::string_view> default_interpretive_phrases();

// Whole-word, case-insensitive (ASCII letters) matches of any phrase in `text`, in order and
// never overlapping; where two phrases start at the same place the longer wins. A space in
// a phrase matches any run of spaces, tabs or newlines.
std::vector<NudgeMatch> find_interpretive_phrases(std::string_view text, std::span<const std::string_view> phrases);
std::vector<NudgeMatch> find_interpretive_phrases(std::string_view text, std::span<const std::string> phrases);
inline std::vector<NudgeMatch> find_interpretive_phrases(std::string_view text) {
    return find_interpretive_phrases(text, default_interpretive_phrases());
}

}  // namespace kiosk::core
