#include "kiosk/core/life_story.hpp"

#include <algorithm>

#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<LifeStoryKind, 5> kKinds{{{
    {LifeStoryKind::Photo, "photo"},
    {LifeStoryKind::Drawing, "drawing"},
    {LifeStoryKind::ChildsWords, "childs_words"},
    {LifeStoryKind::Keepsake, "keepsake"},
    {LifeStoryKind::Other, "other"},
}}};
constexpr EnumNames<LifeStoryProblem, 4> kProblems{{{
    {LifeStoryProblem::NoWords, "no_words"},
    {LifeStoryProblem::NoConsent, "no_consent"},
    {LifeStoryProblem::NoPlace, "no_place"},
    {LifeStoryProblem::TextProblem, "text_problem"},
}}};

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}
}  // namespace

std::string_view to_string(LifeStoryKind kind) { return kKinds.name(kind); }
std::optional<LifeStoryKind> parse_life_story_kind(std::string_view text) { return kKinds.parse(text); }
std::string_view to_string(LifeStoryProblem problem) { return kProblems.name(problem); }

const std::vector<LifeStoryKind>& life_story_kinds() {
    static const std::vector<LifeStoryKind> kinds{LifeStoryKind::ChildsWords, LifeStoryKind::Drawing,
                                                  LifeStoryKind::Photo, LifeStoryKind::Keepsake, LifeStoryKind::Other};
    return kinds;
}

bool is_kept_thing(LifeStoryKind kind) {
    return kind == LifeStoryKind::Photo || kind == LifeStoryKind::Drawing || kind == LifeStoryKind::Keepsake;
}

std::vector<LifeStoryProblem> check_life_story_note(const LifeStoryNote& note) {
    std::vector<LifeStoryProblem> out;
    if (blank(note.words)) out.push_back(LifeStoryProblem::NoWords);
    if (note.kind == LifeStoryKind::Photo && blank(note.consent_from)) out.push_back(LifeStoryProblem::NoConsent);
    if (is_kept_thing(note.kind) && blank(note.kept_at)) out.push_back(LifeStoryProblem::NoPlace);
    if (check_free_text(note.words, kMaxLifeStoryBytes) != TextProblem::None ||
        check_short_text(note.consent_from) != TextProblem::None || check_short_text(note.kept_at) != TextProblem::None) {
        out.push_back(LifeStoryProblem::TextProblem);
    }
    return out;
}

}  // namespace kiosk::core
