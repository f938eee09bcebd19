#pragma once
// What the comfort call and icebreaker taught, in one short line for the staff who supervise
// the child's later sessions (allergies and medicines first: they matter most in a room).
#include <string>

#include "kiosk/core/placement.hpp"

namespace kiosk::core {

// Empty when nothing was learned.
std::string summarize_transition_notes(const TransitionNotes& notes);

}  // namespace kiosk::core
