#pragma once
// family/attendees: "Who is here today?" The approved attendees of this session's agreement,
// first name and relationship only, as large tick tiles. "Someone else is with me" alerts staff,
// who come to that person; the approved adults who are there carry on checking in.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct AttendeeTileView {
    std::string label;  // "Mum — Sarah"
    bool ticked = false;
    bool already_checked_in = false;  // shown, but cannot be ticked again
};

struct AttendeesView {
    std::string venue_name;
    std::string clock_hhmm;
    std::vector<AttendeeTileView> attendees;
    bool staff_told = false;  // "Someone else is with me" was tapped: say staff are coming
};

struct ToggleAttendee {
    std::size_t index = 0;
};
struct SomeoneElseIsHere {};
struct ConfirmAttendees {};
using AttendeesIntent =
    std::variant<std::monostate, ToggleAttendee, SomeoneElseIsHere, ConfirmAttendees, StartAgain>;

AttendeesIntent draw_attendees_screen(const AttendeesView& view, const UiResources& ui);

}  // namespace kiosk::ui
