#include "kiosk/core/fact_nudge.hpp"

#include <array>

namespace kiosk::core {
namespace {
constexpr std::array<std::string_view, 22> kDefaultPhrases{
    "seemed",      "seems",       "seem",       "appeared to", "appears to", "appeared",
    "obviously",   "clearly",     "evidently",  "apparently",  "i think",    "i feel",
    "i felt",      "i believe",   "probably",   "must have",   "looked like", "as if",
    "wanted to",   "enjoyed",     "was happy",  "was upset",
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// Letters, digits, apostrophes and any byte of a multi-byte UTF-8 character belong to a word.
bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || u >= 0x80;
}

// The end of a match of `phrase` at `at`, or 0 when it does not match there.
std::size_t match_at(std::string_view text, std::size_t at, std::string_view phrase) {
    std::size_t t = at;
    for (std::size_t p = 0; p < phrase.size(); ++p) {
        if (phrase[p] == ' ') {
            if (t >= text.size() || !is_space(text[t])) return 0;
            while (t < text.size() && is_space(text[t])) ++t;
            continue;
        }
        if (t >= text.size() || lower(text[t]) != lower(phrase[p])) return 0;
        ++t;
    }
    if (t < text.size() && is_word_byte(text[t])) return 0;  // "seemed" must not match "seemedly"
    return t;
}

template <class Phrase>
std::vector<NudgeMatch> find(std::string_view text, std::span<const Phrase> phrases) {
    std::vector<NudgeMatch> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool word_start = i == 0 || !is_word_byte(text[i - 1]);
        NudgeMatch best;
        if (word_start) {
            for (const Phrase& candidate : phrases) {
                const std::string_view phrase{candidate};
                if (phrase.empty()) continue;
                const std::size_t end = match_at(text, i, phrase);
                if (end > best.end) best = NudgeMatch{i, end, phrase};
            }
        }
        if (best.end > 0) {
            out.push_back(best);
            i = best.end;
        } else {
            ++i;
        }
    }
    return out;
}
}  // namespace

std::span<const std::string_view> default_interpretive_phrases() { return kDefaultPhrases; }

std::vector<NudgeMatch> find_interpretive_phrases(std::string_view text, std::span<const std::string_view> phrases) {
    return find(text, phrases);
}

std::vector<NudgeMatch> find_interpretive_phrases(std::string_view text, std::span<const std::string> phrases) {
    return find(text, phrases);
}

}  // namespace kiosk::core
