#pragma once
// coordinator/record: one observation record opened from the deadlines board, the sync
// screen or a search. The record itself on the left (sections with who wrote them, timeline,
// addenda, hand-overs); on the right what the coordinator can do with it: mark a final record
// reviewed, add an addendum to it, or hand a draft to another worker.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct RecordPageDraft {
    std::string addendum;
    int hand_to = -1;  // index into worker_labels, -1 when none chosen
    std::string reason;
};

struct RecordPartView {
    std::string title;    // "Interaction"
    std::string text;     // empty: not written yet
    std::string writers;  // "Sam, then Jo"
};

struct RecordPageView {
    CoordinatorFrameView frame;
    std::string heading;     // the child: "Mia"
    std::string state_line;  // "Mon 16 Nov 10:00 · Final, signed by Sam, today 13:10 · not reviewed yet"
    bool draft = false;
    bool can_review = false;
    bool can_add_addendum = false;
    bool can_hand_over = false;
    std::string nobody_started;  // set when the session has no record yet (the rest is empty)
    std::string removed_note;    // the text left this device after it was sent
    std::vector<std::string> handovers;  // "today 10:20: Sam → Jo, by Alex. Sam is off sick."
    std::vector<RecordPartView> parts;
    std::vector<std::string> timeline;   // "10:05 Greeting (Sam)"
    std::vector<std::string> addenda;    // "today 10:30, Alex: ..."
    std::vector<std::string> worker_labels;
    std::string problem;
    std::string done;
};

struct MarkRecordReviewed {};
struct AddRecordAddendum {};
struct HandOverDraft {};
struct BackFromRecord {};
using RecordPageIntent =
    std::variant<std::monostate, CoordinatorTab, MarkRecordReviewed, AddRecordAddendum, HandOverDraft, BackFromRecord>;

RecordPageIntent draw_record_page(const RecordPageView& view, RecordPageDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
