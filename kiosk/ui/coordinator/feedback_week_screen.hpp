#pragma once
// coordinator/feedback: what families said, by week and venue (issue #16, item 9). For each
// venue, how many gave feedback, the child's faces as a bar chart (happiest at the top), the
// average of the child's and the adults' faces, and the comments: anonymous ones say so and name
// nobody; a comment that left the device after it was sent says that instead of its words.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct FaceBar {
    int face = 5;         // 1 very sad .. 5 very happy
    std::string label;    // "Very happy"
    int count = 0;
    float fraction = 0;   // of the longest bar: 0..1
};

struct FeedbackComment {
    std::string when;     // "Tue 17 Nov"; empty for anonymous feedback (its week is all that is said)
    std::string who;      // "Anonymous", or "About Isla's visit"
    std::string text;     // the words, or "removed from this device after it was sent"
    bool removed = false;
};

struct FeedbackVenueView {
    std::string venue;            // "Riverside Family Contact Centre"
    std::string responses;        // "7 families gave feedback"
    std::string chart_title;      // "The child's faces"
    std::vector<FaceBar> child_faces;  // 5 bars, very happy first
    std::string child_summary;    // "4.3 of 5 on average · 1 skipped this question"
    std::string adult_summary;    // "The adults: 4.0 of 5 on average"
    std::string comments_title;   // "Comments"
    std::string no_comments;      // "Nobody wrote a comment."
    std::vector<FeedbackComment> comments;
};

struct FeedbackWeekView {
    CoordinatorFrameView frame;
    std::string week_label;       // "Week of Monday 16 November"
    bool can_go_later = false;    // not past this week
    std::vector<FeedbackVenueView> venues;
    std::string empty;            // "No feedback was given this week." when no venue has any
};

struct EarlierFeedbackWeek {};
struct LaterFeedbackWeek {};
using FeedbackWeekIntent = std::variant<std::monostate, CoordinatorTab, EarlierFeedbackWeek, LaterFeedbackWeek>;

FeedbackWeekIntent draw_feedback_week_screen(const FeedbackWeekView& view, const UiResources& ui);

}  // namespace kiosk::ui
