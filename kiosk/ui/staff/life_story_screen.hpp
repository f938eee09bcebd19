#pragma once
// staff/life-story: a note for the child's life story or memory box (issue #16, item 4), during
// or after a session. What it is (the child's words, a drawing, a photo staff took, a keepsake,
// something else), the words, who agreed to a photo, where the thing itself is kept; "Save for
// the life story" keeps it and sends it sealed to the social work team. The child's earlier notes
// are listed under it (their words gone once the team has had them a week).
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct LifeStoryLine {
    std::string when;      // "Mon 23 Nov 10:40"
    std::string kind_key;  // "staff.life_story.kind.drawing"
    std::string words;     // empty when removed from the device
    std::string kept_at;
};

struct LifeStoryView {
    std::string clock_hhmm;
    std::string worker_name;
    std::string child_first_name;
    std::vector<std::string> kind_keys;  // in the order offered
    int chosen_kind = 0;
    std::string words;
    std::string consent_from;
    std::string kept_at;
    bool asks_consent = false;  // a photo
    bool asks_place = false;    // a photo, a drawing, a keepsake
    std::vector<std::string> problems;  // catalog keys of what is missing
    std::string message;                // the controller's message ("staff.life_story.saved")
    std::vector<LifeStoryLine> earlier; // newest first
};

struct ChooseLifeStoryKind {
    int index = 0;
};
struct LifeStoryWordsEdited {
    std::string text;
};
struct LifeStoryConsentEdited {
    std::string text;
};
struct LifeStoryPlaceEdited {
    std::string text;
};
struct SaveLifeStoryNote {};
struct CloseLifeStory {};
using LifeStoryIntent = std::variant<std::monostate, ChooseLifeStoryKind, LifeStoryWordsEdited, LifeStoryConsentEdited,
                                     LifeStoryPlaceEdited, SaveLifeStoryNote, CloseLifeStory, LockStaffFace>;

LifeStoryIntent draw_life_story_screen(const LifeStoryView& view, const UiResources& ui);

}  // namespace kiosk::ui
