#pragma once
// staff/record: the observation record, written while the session happens. Left: a line for
// free notes, quick-tap chips and the time-stamped timeline. Right: the sections a contact
// record needs, each with a prompt for the child's age, the fact-not-opinion nudge under
// it, and the actions that matter most: raise a safeguarding concern, finalize.
#include <cstddef>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct TimelineLineView {
    std::string hhmm;
    std::string chip_key;  // "staff.chip.greeting_hug", empty for a free note
    std::string text;
};

struct ChipView {
    std::string key;        // stored in the timeline: "greeting_hug"
    std::string label_key;  // "staff.chip.greeting_hug"
};

struct SectionView {
    std::string title_key;  // "staff.section.attendance"
    std::string prompt_key; // "record.prompt.attendance.baby"
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> nudges;  // byte ranges to underline
    std::string child_first_name;  // a sibling session: whose part this is; empty for a shared section
};

struct RecordView {
    std::string clock_hhmm;
    std::string worker_name;
    std::string child_first_name;
    std::string age_band_key;
    std::string session_hhmm;  // "10:00–11:00"
    std::vector<TimelineLineView> timeline;  // newest first
    std::vector<ChipView> chips;             // those that fit the child's age
    std::string note_text;                   // the free note being written
    std::vector<SectionView> sections;
    std::string saved_hhmm;                  // when the last edit was committed; empty: nothing yet
    std::string message;                     // a refusal, in one sentence
    int focus_section = -1;                  // >= 0: make this section's field active
};

struct TapChip {
    std::string key;
};
struct NoteEdited {
    std::string text;
};
struct AddNote {};
struct SectionEdited {
    std::size_t index = 0;
    std::string text;
};
struct RaiseConcern {};
struct GoToFinalize {};
struct BackToSession {};
using RecordIntent = std::variant<std::monostate, TapChip, NoteEdited, AddNote, SectionEdited, RaiseConcern,
                                  GoToFinalize, BackToSession, LockStaffFace>;

RecordIntent draw_record_screen(const RecordView& view, const UiResources& ui);

}  // namespace kiosk::ui
