#pragma once
// The observation record of one session: drafted while it happens, finalized (signed and
// locked) within the recording timescale, corrected afterwards only by dated addenda.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class RecordState { Draft, Final };
std::string_view to_string(RecordState state);
std::optional<RecordState> parse_record_state(std::string_view text);

// The sections a contact record needs, in the order a worker writes them.
enum class RecordSection {
    Attendance,
    BroughtBy,
    PresentationArrival,
    PresentationDeparture,
    Interaction,
    ChildVoice,
    ParentingGuidance,
    Activities,
    Concerns,
    Analysis,
};
std::string_view to_string(RecordSection section);
std::optional<RecordSection> parse_record_section(std::string_view text);

struct TimelineEntry {
    Id id = 0;
    Timestamp at{};
    std::string chip;  // quick-tap chip key, empty for free text
    std::string text;
};

struct Addendum {
    Id id = 0;
    Id author_id = 0;
    Timestamp at{};
    std::string text;
};

// A second person (a coordinator, not the author) read the final record before it went.
struct RecordReview {
    Id reviewed_by = 0;
    Timestamp reviewed_at{};
};

// A sibling's own part of a shared record (core/siblings.hpp): position 2, 3, ... of the session.
struct SiblingSection {
    int position = 2;
    RecordSection section = RecordSection::ChildVoice;
    std::string text;
};

struct ObservationRecord {
    Id id = 0;
    Id session_id = 0;
    Id author_id = 0;
    RecordState state = RecordState::Draft;
    Timestamp created_at{};
    std::optional<Timestamp> finalized_at;
    std::string signature;  // set on finalize
    std::optional<Timestamp> due_at;  // the recording timescale's deadline, fixed on finalize
    bool late_entry = false;          // finalized after due_at
    std::string use_note;             // the note on the limits of its use, fixed on finalize
    std::optional<RecordReview> review;
    std::vector<std::pair<RecordSection, std::string>> sections;
    std::vector<SiblingSection> sibling_sections;  // a sibling session's per-child parts (schema v13)
    std::vector<TimelineEntry> timeline;
    std::vector<Addendum> addenda;
};

}  // namespace kiosk::core
