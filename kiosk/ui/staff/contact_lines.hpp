#pragma once
// The lines a staff screen shows about how a session's contact happens (issue #16): a call's
// platform and who starts it, a place in the community, who supervises, the family's language
// and interpreter, and each sibling with their own needs and carer's window. The board's rows
// and the session screen draw the same lines, wrapped at `wrap_x` (window-local).
#include "kiosk/ui/staff/board_screen.hpp"

namespace kiosk::ui {

void draw_contact_lines(const BoardRowView& row, const UiResources& ui, float wrap_x);

// "Video call · WhatsApp · the carer starts it" etc.; empty for a visit at the venue.
std::string contact_summary(const BoardContactView& contact, const UiResources& ui);

}  // namespace kiosk::ui
