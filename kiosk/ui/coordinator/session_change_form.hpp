#pragma once
// The schedule screen's two smaller forms, drawn in its left pane: cancelling or moving a
// booked session still to come (with the reason the social work team is told), and resolving
// the case's missed-sessions flag with a note of the social worker's decision.
#include "kiosk/ui/coordinator/schedule_screen.hpp"

namespace kiosk::ui {

ScheduleIntent session_change_form(const ScheduleView& view, ScheduleDraft& draft, const UiResources& ui);
ScheduleIntent resolve_flag_form(const ScheduleView& view, ScheduleDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
