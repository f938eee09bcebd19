// Life-story notes (issue #16, item 4): what a note must say before it is kept.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/life_story.hpp"

using namespace kiosk::core;

TEST_CASE("a life-story note says what it is; a photo says who agreed; a thing kept says where") {
    struct Case {
        const char* what;
        LifeStoryKind kind;
        std::string words;
        std::string consent_from;
        std::string kept_at;
        std::vector<LifeStoryProblem> problems;
    };
    const std::vector<Case> cases{
        {"the child's words, nothing else needed", LifeStoryKind::ChildsWords, "I want to remember the ducks.", "", "", {}},
        {"words left blank", LifeStoryKind::ChildsWords, " \n ", "", "", {LifeStoryProblem::NoWords}},
        {"a photo with consent, in the memory box", LifeStoryKind::Photo, "Isla and Mum at the pond.",
         "Mum, and the child's social worker", "Memory box", {}},
        {"a photo nobody agreed to", LifeStoryKind::Photo, "Isla and Mum at the pond.", "", "Memory box",
         {LifeStoryProblem::NoConsent}},
        {"a photo kept nowhere", LifeStoryKind::Photo, "Isla and Mum.", "Mum", "  ", {LifeStoryProblem::NoPlace}},
        {"a drawing needs a place, not consent", LifeStoryKind::Drawing, "A house with four windows.", "", "Case file", {}},
        {"a keepsake kept nowhere", LifeStoryKind::Keepsake, "A shell from Dad.", "", "", {LifeStoryProblem::NoPlace}},
        {"something else: words only", LifeStoryKind::Other, "Mum told the story of her name.", "", "", {}},
        {"everything missing for a photo", LifeStoryKind::Photo, "", "", "",
         {LifeStoryProblem::NoWords, LifeStoryProblem::NoConsent, LifeStoryProblem::NoPlace}},
        {"a control character", LifeStoryKind::ChildsWords, std::string("Hello\x07"), "", "", {LifeStoryProblem::TextProblem}},
        {"a bidi override hiding words", LifeStoryKind::ChildsWords, "Hello \u202Edlrow", "", "",
         {LifeStoryProblem::TextProblem}},
        {"far too long", LifeStoryKind::ChildsWords, std::string(kMaxLifeStoryBytes + 1, 'a'), "", "",
         {LifeStoryProblem::TextProblem}},
        {"a newline in who agreed", LifeStoryKind::Photo, "At the pond.", "Mum\nDad", "Memory box",
         {LifeStoryProblem::TextProblem}},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        LifeStoryNote note;
        note.kind = c.kind;
        note.words = c.words;
        note.consent_from = c.consent_from;
        note.kept_at = c.kept_at;
        CHECK(check_life_story_note(note) == c.problems);
    }
}

TEST_CASE("life-story kinds have stable names, offered with the child's words first") {
    for (const auto kind : life_story_kinds()) CHECK(parse_life_story_kind(to_string(kind)) == kind);
    CHECK(life_story_kinds().front() == LifeStoryKind::ChildsWords);
    CHECK(life_story_kinds().size() == 5);
    CHECK_FALSE(parse_life_story_kind("horoscope"));
    CHECK(is_kept_thing(LifeStoryKind::Photo));
    CHECK_FALSE(is_kept_thing(LifeStoryKind::ChildsWords));
}
