#pragma once
// Life-story and memory-box work (issue #16, item 4): "staff will actively support life story
// work and memory box work to enable children to have access to information about their family
// should direct contact not continue" (the seeds). During or after a session a worker notes
// something for the child's life story: a photo staff took with consent, a drawing, words the
// child wants kept, a keepsake. The note is a record of its own kind, sealed and sent to the
// social work team like an observation record; the photo or drawing itself stays in the memory
// box or the case file, which the note names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class LifeStoryKind { Photo, Drawing, ChildsWords, Keepsake, Other };
std::string_view to_string(LifeStoryKind kind);
std::optional<LifeStoryKind> parse_life_story_kind(std::string_view text);
// In the order the screen offers them.
const std::vector<LifeStoryKind>& life_story_kinds();

// A few paragraphs at most: the child's words are written as said, not a record.
inline constexpr std::size_t kMaxLifeStoryBytes = 4000;

struct LifeStoryNote {
    Id id = 0;
    Id child_id = 0;
    Id session_id = 0;    // 0: written apart from a session
    Id written_by = 0;    // staff id
    Timestamp at{};
    LifeStoryKind kind = LifeStoryKind::ChildsWords;
    std::string words;         // what it is, or the child's own words as said
    std::string consent_from;  // a photo: who agreed to it being taken and kept (required)
    std::string kept_at;       // where the thing itself is kept: "memory box", "case file"
};

enum class LifeStoryProblem {
    NoWords,       // nothing says what it is
    NoConsent,     // a photo without who agreed to it
    NoPlace,       // a photo, drawing or keepsake without where it is kept
    TextProblem,   // characters that cannot be saved, or too long
};
std::string_view to_string(LifeStoryProblem problem);

// Every problem, in the order above; empty when the note may be saved.
std::vector<LifeStoryProblem> check_life_story_note(const LifeStoryNote& note);

// Whether a kind is a thing kept somewhere (the note says where).
bool is_kept_thing(LifeStoryKind kind);

}  // namespace kiosk::core
